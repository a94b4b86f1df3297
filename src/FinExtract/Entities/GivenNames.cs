namespace FinExtract.Entities;

/// <summary>A given-names file: one name a line, '#' starts a comment. The entity stage and the recogniser's trainer read it alike.</summary>
public static class GivenNames
{
    /// <summary>The names in <paramref name="path"/>, matched with or without their accents ("José", "Jose").</summary>
    public static HashSet<string> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Trim()).ToHashSet(Text.AccentInsensitive.Instance);
}
