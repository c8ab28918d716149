using ArabicEntities.Training;

namespace ArabicEntities.Tests.Training;

public sealed class TrainingCommandTests
{
    [Theory]
    [InlineData("train", "--trian", "anercorp/train.txt")]
    [InlineData("eval", "--l1", "0.1")]
    [InlineData("calibrate", "--model", "m.bin")]
    public void Run_MisspeltOption_FailsNamingItInsteadOfFallingBackToADefault(string verb, string option, string value)
    {
        ITrainingCommand command = Command(verb);
        var exception = Assert.Throws<ArgumentException>(() => command.Run([option, value, "x.txt"], TextWriter.Null, TextWriter.Null));
        Assert.Contains(option, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("train")]
    [InlineData("eval")]
    [InlineData("calibrate")]
    public void Run_Help_PrintsTheOptionsAndDoesNothingElse(string verb)
    {
        ITrainingCommand command = Command(verb);
        var output = new StringWriter();
        Assert.Equal(0, command.Run(["--help"], output, TextWriter.Null));
        Assert.StartsWith(verb + ": ", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(command.Description, output.ToString(), StringComparison.Ordinal);
    }

    private static ITrainingCommand Command(string verb) => verb switch
    {
        "train" => new NerTrainCommand(),
        "eval" => new NerEvalCommand(),
        _ => new CalibrateCommand(),
    };
}
