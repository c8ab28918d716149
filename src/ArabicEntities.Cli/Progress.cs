using System.Diagnostics;
using System.Globalization;

namespace ArabicEntities.Cli;

/// <summary>A document counter on standard error, redrawn at most a few times a second; silent when disabled (stderr not a terminal).</summary>
/// <param name="error">Standard error.</param>
/// <param name="enabled">Whether to show it.</param>
internal sealed class Progress(TextWriter error, bool enabled)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _count;
    private long _lastDrawn = -1;

    /// <summary>Counts one more document.</summary>
    public void Step()
    {
        _count++;
        if (enabled && _clock.ElapsedMilliseconds - _lastDrawn >= 250)
        {
            _lastDrawn = _clock.ElapsedMilliseconds;
            Draw();
        }
    }

    /// <summary>Draws the final count and ends the line.</summary>
    public void Done()
    {
        if (enabled)
        {
            Draw();
            error.WriteLine();
        }
    }

    private void Draw()
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{CliApplication.Name}: {_count} documents ({_count / seconds:F1}/s)"));
        error.Flush();
    }
}
