namespace FinExtract.Input;

/// <summary>Finds the input files under a folder (recursively) or takes one file, in a stable order.</summary>
public static class InputDiscovery
{
    /// <summary>
    /// Lists inputs ordered by article id (ordinal). Files whose extension is not configured are skipped.
    /// </summary>
    public static IReadOnlyList<InputFile> Discover(string input, IReadOnlyList<string> extensions)
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
        var opts = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var path in Directory.EnumerateFiles(root, "*", opts))
        {
            string rel = Path.GetRelativePath(root, path).Replace('\\', '/');
            var f = Describe(path, rel, extensions, acceptAny: false);
            if (f != null) list.Add(f);
        }
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
