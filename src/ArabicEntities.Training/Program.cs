using System.Reflection;
using ArabicEntities.Training;

ITrainingCommand[] commands = [.. typeof(ITrainingCommand).Assembly.GetTypes()
    .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ITrainingCommand).IsAssignableFrom(type))
    .Select(type => (ITrainingCommand)Activator.CreateInstance(type, nonPublic: true)!)
    .OrderBy(command => command.Name, StringComparer.Ordinal)];

ITrainingCommand? selected = args.Length == 0 ? null : commands.FirstOrDefault(c => c.Name == args[0]);
if (selected is null)
{
    Console.Error.WriteLine("usage: dotnet run --project src/ArabicEntities.Training -c Release -- <command> [options]");
    foreach (ITrainingCommand command in commands)
    {
        Console.Error.WriteLine($"  {command.Name,-12} {command.Description}");
    }

    return args.Length == 0 || args[0] is "-h" or "--help" ? 0 : 2;
}

try
{
    return selected.Run(args[1..], Console.Out, Console.Error);
}
catch (Exception exception) when (Failure(exception) is { } failure)
{
    // A wrong option or value, or data that is not where the command looks: one line, not a stack trace.
    Console.Error.WriteLine($"{selected.Name}: {failure.Message}");
    return failure is ArgumentException or FormatException ? 2 : 3;
}

static Exception? Failure(Exception exception) => exception switch
{
    AggregateException { InnerExceptions.Count: 1 } aggregate => Failure(aggregate.InnerExceptions[0]),
    ArgumentException when exception.GetType() == typeof(ArgumentException) => exception,
    FormatException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException => exception,
    _ => null,
};
