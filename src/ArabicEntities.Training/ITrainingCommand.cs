namespace ArabicEntities.Training;

/// <summary>One verb of the training tool (<c>gazetteers</c>, <c>clusters</c>, <c>train</c>, <c>eval</c>, …), discovered by reflection.</summary>
internal interface ITrainingCommand
{
    /// <summary>Gets the verb that selects this command on the command line.</summary>
    string Name { get; }

    /// <summary>Gets a one-line description for the usage text.</summary>
    string Description { get; }

    /// <summary>Runs the command with the arguments that follow the verb; returns the process exit code.</summary>
    int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error);
}
