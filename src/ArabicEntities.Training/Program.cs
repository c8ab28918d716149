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

return selected.Run(args[1..], Console.Out, Console.Error);
