using System.Diagnostics;
using System.Globalization;
using FinExtract.Pipeline;

namespace FinExtract.Cli;

/// <summary>
/// The start-up figure a user feels: this tool run as a new process over one page (the first input), with the
/// same pipeline.json, writing its CSV into a temporary folder; the median wall time of the timed runs after
/// one untimed run that warms the disk cache.
/// </summary>
public static class StartupBench
{
    /// <summary>The median seconds of a one-page run, or null when the tool cannot be started as a process from here.</summary>
    public static double? OnePageRunSeconds(string input, LoadedPipeline pipeline, int runs, TextWriter stderr)
    {
        var first = FinExtract.Input.InputDiscovery.Discover(input, pipeline.Config.Input.Extensions).FirstOrDefault(f => f.Problem == null);
        string? dll = typeof(StartupBench).Assembly.Location;
        if (first == null || string.IsNullOrEmpty(dll) || Environment.ProcessPath is not { } host) return null;
        string outDir = Directory.CreateTempSubdirectory("finextract-bench-").FullName;
        try
        {
            var times = new List<double>();
            for (int i = 0; i <= runs; i++)
            {
                var psi = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                // Run through the dotnet host as the README does, or as the app host when that is what started this process.
                if (!Path.GetFileNameWithoutExtension(host).Equals(Path.GetFileNameWithoutExtension(dll), StringComparison.OrdinalIgnoreCase))
                    psi.ArgumentList.Add(dll);
                foreach (var a in new[] { "run", first.FullPath, "--out", outDir, "--quiet", "--config", pipeline.Config.SourcePath }) psi.ArgumentList.Add(a);
                var watch = Stopwatch.StartNew();
                using var p = Process.Start(psi)!;
                p.StandardOutput.ReadToEnd();
                p.StandardError.ReadToEnd();
                p.WaitForExit();
                if (p.ExitCode is not (0 or 1))
                {
                    stderr.WriteLine($"bench: the one-page run exited with {p.ExitCode}; no start-up figure");
                    return null;
                }
                if (i > 0) times.Add(watch.Elapsed.TotalSeconds);
            }
            times.Sort();
            return times[times.Count / 2];
        }
        finally
        {
            try { Directory.Delete(outDir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The line bench prints.</summary>
    public static string Describe(double seconds, int runs) => string.Create(CultureInfo.InvariantCulture,
        $"start-up: a one-page run (a new process, load, one page, CSV written) takes {seconds:0.00} s, median of {runs}");
}
