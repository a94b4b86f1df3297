namespace FinExtract.Tests;

/// <summary>Locates the repository (for samples/ and pipeline.json) and makes scratch folders.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    // before anything that makes a scratch folder: static fields start in the order they are written
    private static readonly string Session = CreateSession();

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

    /// <summary>A fresh scratch folder inside this test run's own folder, which is removed when the run ends.</summary>
    public static string NewTempDir()
    {
        string d = Path.Combine(Session, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }

    /// <summary>
    /// This run's scratch folder, named after its process: removed at exit, and, at the start of a later run, when its
    /// process is gone (a run that was killed), so that repeated runs do not fill the disk.
    /// </summary>
    private static string CreateSession()
    {
        string root = Path.Combine(Path.GetTempPath(), "finextract-tests");
        Directory.CreateDirectory(root);
        foreach (var old in Directory.GetDirectories(root))
            if (!IsLive(Path.GetFileName(old))) TryDelete(old);
        string session = Path.Combine(root, $"p{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(session);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(session);
        return session;
    }

    private static bool IsLive(string folder)
    {
        int dash = folder.IndexOf('-');
        if (folder.Length < 2 || folder[0] != 'p' || dash < 0 || !int.TryParse(folder[1..dash], out int pid)) return false;
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // another run's file still open: next time
    }
}
