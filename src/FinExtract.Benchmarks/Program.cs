using BenchmarkDotNet.Running;

namespace FinExtract.Benchmarks;

/// <summary>
/// Benchmarks. <c>dotnet run -c Release --project src/FinExtract.Benchmarks -- whole-run [options]</c> runs
/// the end-to-end benchmark; any other arguments go to BenchmarkDotNet (e.g. <c>--filter *Stage*</c>).
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "whole-run") return WholeRun.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
