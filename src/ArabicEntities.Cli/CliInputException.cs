namespace ArabicEntities.Cli;

/// <summary>The command's input is missing, unreadable or not valid UTF-8; the message is shown to the user as is.</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException()
    {
    }

    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
