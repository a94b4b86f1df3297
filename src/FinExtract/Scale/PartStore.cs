using FinExtract.Output;
using FinExtract.Pipeline;

namespace FinExtract.Scale;

/// <summary>
/// Commits the tables of a finished work folder into a parts folder as one part: each table is written to a
/// temporary name and renamed to <c>NAME.TABLE.csv</c> (or <c>.parquet</c>); the manifest, renamed into place
/// last, is the commit. Recommitting a part replaces its own files and nothing else.
/// </summary>
public static class PartStore
{
    /// <summary>The part formats.</summary>
    public static readonly IReadOnlyList<string> Formats = new[] { "csv", "parquet" };

    /// <summary>Commits the run in <paramref name="workDir"/> as part <paramref name="template"/>.Name; returns its manifest.</summary>
    public static PartManifest Commit(string workDir, string partsDir, PartManifest template)
    {
        // An earlier commit of the same part stops counting before any of its files is replaced.
        string manifestPath = PartManifest.PathOf(partsDir, template.Name);
        if (File.Exists(manifestPath)) File.Delete(manifestPath);
        var read = RunManifest.Read(Path.Combine(workDir, RunManifest.FileName))
            ?? throw new InvalidOperationException($"{workDir}: the run left no manifest");
        var tables = new List<PartTable>();
        for (int i = 0; i < TableSet.Specs.Count; i++)
        {
            var (name, columns) = TableSet.Specs[i];
            string table = Path.GetFileNameWithoutExtension(name);
            string file = $"{template.Name}.{table}.{template.Format}";
            string final = Path.Combine(partsDir, file);
            string temp = AtomicFile.TempName(final);
            string source = Path.Combine(workDir, name);
            if (template.Format == "parquet") ParquetTables.FromCsv(source, temp, columns);
            else File.Copy(source, temp, overwrite: true);
            FlushFile(temp);
            File.Move(temp, final, overwrite: true);
            int rows = read.Entries.Sum(e => e.Rows[i]);
            tables.Add(new PartTable(table, file, rows, FileDigest.Of(final).Sha256));
        }
        var manifest = template with { Tables = tables, Articles = read.Entries };
        manifest.Write(partsDir);
        return manifest;
    }

    private static void FlushFile(string path)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        fs.Flush(flushToDisk: true);
    }

    /// <summary>The committed part named <paramref name="name"/> when it is whole and covers exactly <paramref name="inputs"/>; else null.</summary>
    public static PartManifest? Committed(string partsDir, string name, IReadOnlyList<PartInput> inputs, string pipeline)
    {
        string path = PartManifest.PathOf(partsDir, name);
        if (!File.Exists(path)) return null;
        PartManifest m;
        try { m = PartManifest.Read(path); }
        catch (PlanException) { return null; }
        if (m.Pipeline != pipeline || !m.Inputs.SequenceEqual(inputs) || m.Problem(partsDir) != null) return null;
        return m;
    }
}
