using System.Globalization;
using FinExtract.Pipeline;

namespace FinExtract.Cli;

/// <summary>
/// Progress on stderr: a live bar with rate and ETA on a terminal; a plain line every few seconds when
/// the output is redirected.
/// </summary>
public sealed class ConsoleProgress : IProgress<RunProgress>
{
    private readonly TextWriter _err;
    private readonly bool _live;
    private readonly object _lock = new();
    private TimeSpan _last = TimeSpan.FromDays(-1);
    private RunProgress _latest;
    private bool _drew;

    /// <summary>Creates the reporter.</summary>
    public ConsoleProgress(TextWriter err)
    {
        _err = err;
        _live = !Console.IsErrorRedirected && ReferenceEquals(err, Console.Error);
    }

    /// <inheritdoc />
    public void Report(RunProgress p)
    {
        lock (_lock)
        {
            _latest = p;
            var every = _live ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5);
            if (p.Elapsed - _last < every && p.Done < p.Total) return;
            _last = p.Elapsed;
            Draw(p);
        }
    }

    private void Draw(RunProgress p)
    {
        double rate = p.Elapsed.TotalSeconds > 0 ? p.Done / p.Elapsed.TotalSeconds : 0;
        double eta = rate > 0 ? (p.Total - p.Done) / rate : 0;
        var etaTime = TimeSpan.FromSeconds(Math.Round(eta));
        string stats = string.Create(CultureInfo.InvariantCulture, $"{p.Done}/{p.Total} ({p.Failed} failed) {rate:0.0} pages/s ETA {etaTime:hh\\:mm\\:ss}");
        if (_live)
        {
            int width = 30;
            int filled = p.Total == 0 ? width : (int)(width * (double)p.Done / p.Total);
            _err.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {stats}   ");
            _drew = true;
        }
        else _err.WriteLine("progress: " + stats);
    }

    /// <summary>Ends the live line.</summary>
    public void Finish()
    {
        lock (_lock)
        {
            if (_live && _drew) _err.WriteLine();
        }
    }
}
