using System.Text;
using ArabicEntities.Cli;

namespace ArabicEntities.Tests.Cli;

public class ByteLineReaderTests
{
    public static TheoryData<string, string[]> Inputs => new()
    {
        { string.Empty, [] },
        { "\n", [string.Empty] },
        { "a", ["a"] },
        { "a\n", ["a"] },
        { "a\nb", ["a", "b"] },
        { "a\r\nb\r\n", ["a", "b"] },
        { "a\r\r\n", ["a\r"] },
        { "\r", [string.Empty] },
        { "a\rb\n\n\n", ["a\rb", string.Empty, string.Empty] },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Read_SplitsOnLineFeed_DropsOneCarriageReturn_LastLineNeedsNoNewline(string input, string[] expected)
    {
        foreach (int chunk in new[] { 1, 2, 3, 1 << 20 })
        {
            Assert.Equal(expected, ReadAll(Encoding.UTF8.GetBytes(input), chunk, int.MaxValue / 4));
        }
    }

    [Fact]
    public void Read_LinesLongerThanTheBuffer_AreWhole()
    {
        string big = new('x', 300_000);
        string input = $"a\n{big}\nb\n{big}";

        Assert.Equal(["a", big, "b", big], ReadAll(Encoding.ASCII.GetBytes(input), 7_001, int.MaxValue / 4));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1 << 20)]
    public void Read_LinesOverTheLimit_AreReportedAndSkipped(int chunk)
    {
        string input = "1234\n12345\n123456\r\n1234\r\n12345\r\n" + new string('y', 200_000) + "\nend\n" + new string('z', 200_000);

        Assert.Equal(["1234", "12345", "<too long>", "1234", "12345", "<too long>", "end", "<too long>"], ReadAll(Encoding.ASCII.GetBytes(input), chunk, 5));
    }

    private static List<string> ReadAll(byte[] input, int chunk, int maxLineBytes)
    {
        var reader = new ByteLineReader(new TrickleStream(input, chunk), maxLineBytes);
        var lines = new List<string>();
        LineStatus status;
        while ((status = reader.Read(out ReadOnlySpan<byte> line)) != LineStatus.End)
        {
            lines.Add(status == LineStatus.TooLong ? "<too long>" : Encoding.UTF8.GetString(line));
            Assert.Equal(lines.Count, reader.LineNumber);
        }

        return lines;
    }

    /// <summary>Returns at most <paramref name="chunk"/> bytes per read.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}
