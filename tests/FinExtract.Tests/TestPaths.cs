namespace FinExtract.Tests;

/// <summary>Locates the repository (for samples/ and pipeline.json) and makes scratch folders.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "pipeline.json")) && Directory.Exists(Path.Combine(dir.FullName, "samples")))
                return dir.FullName;
            dir = dir.Parent;
        }
        throw new InvalidOperationException("repository root (pipeline.json + samples/) not found above " + AppContext.BaseDirectory);
    }

    public static string Samples => Path.Combine(RepoRoot, "samples");

    public static string NewTempDir()
    {
        string d = Path.Combine(Path.GetTempPath(), "finextract-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }
}
