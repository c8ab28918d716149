namespace ArabicEntities.Cli;

/// <summary>The process exit codes of <c>arabic-entities</c> (documented in <c>--help</c> and <c>docs/cli.md</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Success = 0;

    /// <summary><c>extract --jsonl</c>: at least one line failed (each failure has its own error line).</summary>
    public const int SomeLinesFailed = 1;

    /// <summary>Usage error, missing or unreadable input, or input that is not valid UTF-8 (normalize, tokenize, extract without --jsonl).</summary>
    public const int UsageOrInputError = 2;

    /// <summary>The output could not be written (for example a closed pipe), or an unexpected internal error.</summary>
    public const int OutputOrInternalError = 3;
}
