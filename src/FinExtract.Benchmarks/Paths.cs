namespace FinExtract.Benchmarks;

/// <summary>Finds the repository's folders from wherever the benchmark runs.</summary>
internal static class Paths
{
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "samples", "pages");

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "pipeline.json")) && Directory.Exists(Path.Combine(d.FullName, "samples")))
                    return d.FullName;
        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
