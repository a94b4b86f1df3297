using System.Diagnostics;
using System.Globalization;

namespace FinExtract.Benchmarks;

/// <summary>
/// End to end, as a user runs it: the CLI as a child process over N pages (a folder of links replicating
/// a page set), for each N and thread count, timing the wall clock and sampling the process's peak
/// resident memory; then readability-lxml (Debian's python3-readability, one process, main text only)
/// over the first N pages as the baseline. Prints a Markdown table and the machine.
/// </summary>
public static class WholeRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs: --pages DIR --counts 1000,10000 --threads 1,2 [--baseline-count 1000] [--no-baseline].</summary>
    public static int Run(string[] args)
    {
        string pages = Arg(args, "--pages") ?? throw new ArgumentException("--pages DIR is required (e.g. ../shared/data/aeb-dev/html)");
        var counts = (Arg(args, "--counts") ?? "1000,10000").Split(',').Select(int.Parse).ToArray();
        var threads = (Arg(args, "--threads") ?? "1,2").Split(',').Select(int.Parse).ToArray();
        int baselineCount = int.Parse(Arg(args, "--baseline-count") ?? "1000", Inv);
        bool baseline = !args.Contains("--no-baseline");
        string cli = Arg(args, "--cli") ?? BuildCli();
        string work = Path.Combine(Path.GetTempPath(), "finextract-wholerun");
        if (Directory.Exists(work)) Directory.Delete(work, true);
        Directory.CreateDirectory(work);
        var sources = Directory.GetFiles(Path.GetFullPath(pages), "*.html").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        if (sources.Length == 0) throw new ArgumentException($"no .html pages in {pages}");

        Console.WriteLine(Machine());
        Console.WriteLine();
        Console.WriteLine("| pages | threads | seconds | pages/s | peak memory (MiB) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
        var rates = new Dictionary<(int, int), double>();
        foreach (int n in counts)
        {
            string corpus = Replicate(sources, n, Path.Combine(work, $"corpus-{n}"));
            foreach (int t in threads)
            {
                string outDir = Path.Combine(work, $"out-{n}-{t}");
                var (seconds, peak, _) =
                    Measure("dotnet", cli, "run", corpus, "--out", outDir, "--threads", t.ToString(Inv), "--quiet", "--config",
                    Path.Combine(Paths.Root, "pipeline.json"));
                int rows = File.ReadLines(Path.Combine(outDir, "progress.jsonl")).Count() - 1;
                if (rows != n) throw new InvalidOperationException($"the run finished {rows} of {n} pages");
                rates[(n, t)] = n / seconds;
                Console.WriteLine($"| {n} | {t} | {seconds.ToString("0.0", Inv)} | {(n / seconds).ToString("0.0", Inv)} | {(peak / 1048576.0)
                    .ToString("0", Inv)} |");
            }
        }
        if (baseline)
        {
            string corpus = Replicate(sources, baselineCount, Path.Combine(work, $"baseline-{baselineCount}"));
            string script = Path.Combine(AppContext.BaseDirectory, "readability_bench.py");
            var (seconds, _, exit) = Measure("/usr/bin/python3", script, corpus);
            if (exit != 0) throw new InvalidOperationException("readability-lxml did not run: install it (apt-get install python3-readability) "
                + "or pass --no-baseline");
            double rate = baselineCount / seconds;
            Console.WriteLine();
            Console.WriteLine($"readability-lxml (python3-readability, 1 process, main text only): {baselineCount} pages in {seconds.ToString("0.0",
                Inv)} s = {rate.ToString("0.0", Inv)} pages/s");
            foreach (var ((n, t), r) in rates.Where(x => x.Key.Item2 == threads.Max()))
                Console.WriteLine($"finextract, all stages, {t} threads, {n} pages: {(r / rate).ToString("0.0", Inv)} x readability-lxml");
        }
        Directory.Delete(work, true);
        return 0;
    }

    private static string? Arg(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string BuildCli()
    {
        string outDir = Path.Combine(Path.GetTempPath(), "finextract-wholerun-cli");
        var (_, _, _) = Measure("dotnet", "build", Path.Combine(Paths.Root, "src", "FinExtract.Cli", "FinExtract.Cli.csproj"), "-c", "Release", "-o",
            outDir, "-nologo", "-v", "q");
        return Path.Combine(outDir, "FinExtract.Cli.dll");
    }

    /// <summary>A folder of <paramref name="n"/> pages: symbolic links to the sources, 100 to a sub-folder.</summary>
    private static string Replicate(string[] sources, int n, string dir)
    {
        for (int i = 0; i < n; i++)
        {
            string sub = Path.Combine(dir, (i / 100).ToString("D4", Inv));
            Directory.CreateDirectory(sub);
            File.CreateSymbolicLink(Path.Combine(sub, $"{i:D6}.html"), sources[i % sources.Length]);
        }
        return dir;
    }

    /// <summary>Runs a process to its end; returns wall seconds, the peak resident memory seen and the exit code (0 or 1).</summary>
    private static (double Seconds, long PeakBytes, int ExitCode) Measure(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        long peak = 0;
        while (!p.WaitForExit(20))
        {
            try { p.Refresh(); peak = Math.Max(peak, p.PeakWorkingSet64); }
            catch (InvalidOperationException) { break; }
        }
        p.WaitForExit();
        sw.Stop();
        // The tool exits 1 when some files went to errors.csv, so 1 is the caller's to judge.
        if (p.ExitCode is not (0 or 1)) throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {p.ExitCode}");
        return (sw.Elapsed.TotalSeconds, peak, p.ExitCode);
    }

    private static string Machine()
    {
        string cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?" : "?";
        string mem = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim() : "?";
        return $"machine: {Environment.ProcessorCount} cores ({cpu}), {mem} " +
            $"memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
    }
}
