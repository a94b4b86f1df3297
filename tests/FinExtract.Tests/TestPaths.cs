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

    /// <summary>
    /// The shipped pipeline.json with generous time limits, for tests that compare whole runs: the limits are
    /// wall-clock, so on a loaded machine (parallel tests, a browser test) an article could time out in one
    /// run and not in the other. Paths are made absolute so the copy works from a scratch folder.
    /// </summary>
    public static string PipelineWithoutTimeouts { get; } = WritePipelineWithoutTimeouts();

    private static string WritePipelineWithoutTimeouts()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot, "pipeline.json")),
            documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        root.Remove("$schema");
        if (root["limits"] is not System.Text.Json.Nodes.JsonObject limits) root["limits"] = limits = new System.Text.Json.Nodes.JsonObject();
        limits["articleTimeoutMs"] = 600000;
        limits["regexTimeoutMs"] = 60000;
        string json = root.ToJsonString().Replace("\"src/", "\"" + RepoRoot.Replace("\\", "/") + "/src/");
        string path = Path.Combine(NewTempDir(), "pipeline.json");
        File.WriteAllText(path, json);
        return path;
    }

    public static string NewTempDir()
    {
        string d = Path.Combine(Path.GetTempPath(), "finextract-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }
}
