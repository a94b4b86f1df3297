namespace FinExtract.Input;

/// <summary>
/// Finds the input files under a folder (recursively) or takes one file, in a stable order. Directory links
/// are followed, but every real folder is read once: a link to a folder already read (a loop such as
/// <c>a -&gt; .</c>, or a second way into the same folder) becomes one <c>input.link-loop</c> entry instead of
/// being walked again. The output folder, when it lies inside the input, is never read.
/// </summary>
public static class InputDiscovery
{
    /// <summary>Lists inputs ordered by article id (ordinal). Files whose extension is not configured are skipped.</summary>
    public static IReadOnlyList<InputFile> Discover(string input, IReadOnlyList<string> extensions, string? excludeFolder = null)
    {
        var list = new List<InputFile>();
        if (File.Exists(input))
        {
            var f = Describe(Path.GetFullPath(input), Path.GetFileName(input), extensions, acceptAny: true);
            if (f != null) list.Add(f);
            return list;
        }
        if (!Directory.Exists(input))
            throw new DirectoryNotFoundException($"input '{input}' is neither a file nor a folder");
        string root = Path.GetFullPath(input);
        string? exclude = excludeFolder == null ? null : RealPath.Of(Path.GetFullPath(excludeFolder));
        Walk(root, extensions, exclude, list);
        Sort(list);
        // "report.html" and "report.txt" would share the id "report" and mix their rows in every table: the
        // first (by path) keeps it, the others are known by their whole relative path.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool renamed = false;
        for (int i = 0; i < list.Count; i++)
        {
            if (seen.Add(list[i].ArticleId)) continue;
            list[i] = list[i] with { ArticleId = list[i].SourcePath };
            renamed = true;
        }
        if (renamed) Sort(list);
        return list;
    }

    /// <summary>An iterative walk (no recursion, so no depth limit) that reads each real folder once.</summary>
    private static void Walk(string root, IReadOnlyList<string> extensions, string? exclude, List<InputFile> list)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealPath.Of(root) };
        var pending = new Stack<string>();
        pending.Push(root);
        var opts = new EnumerationOptions
        {
            RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        while (pending.Count > 0)
        {
            string dir = pending.Pop();
            foreach (var path in Directory.EnumerateFiles(dir, "*", opts))
            {
                var f = Describe(path, Relative(root, path), extensions, acceptAny: false);
                if (f != null) list.Add(f);
            }
            foreach (var sub in Directory.EnumerateDirectories(dir, "*", opts).OrderBy(d => d, StringComparer.Ordinal))
            {
                string real = RealPath.Of(sub);
                if (exclude != null && real == exclude) continue;
                if (visited.Add(real)) { pending.Push(sub); continue; }
                string rel = Relative(root, sub);
                list.Add(new InputFile(sub, rel, rel, false, "")
                {
                    ProblemCode = Pipeline.ErrorCodes.InputLinkLoop,
                    Problem = $"'{rel}' is a link to the folder '{real}', which is read already (a loop or a second way in); it was not walked again",
                });
            }
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static void Sort(List<InputFile> list) =>
        list.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.ArticleId, b.ArticleId);
            return c != 0 ? c : string.CompareOrdinal(a.SourcePath, b.SourcePath);
        });

    private static InputFile? Describe(string full, string rel, IReadOnlyList<string> extensions, bool acceptAny)
    {
        string name = rel;
        bool gz = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        if (gz) name = name[..^3];
        string ext = Path.GetExtension(name).ToLowerInvariant();
        if (!acceptAny && !extensions.Contains(ext)) return null;
        string id = ext.Length > 0 ? name[..^ext.Length] : name;
        return new InputFile(full, rel, id, gz, ext);
    }
}
