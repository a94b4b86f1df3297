using FinExtract.Output;

namespace FinExtract.Pipeline;

/// <summary>
/// What an earlier run in the same output folder finished (its manifest and tables), read in output
/// order alongside the new run, so that unchanged articles are copied instead of processed again.
/// Used by --resume both after a killed run (its .partial files) and after a complete one (a rerun
/// where a few files changed).
/// </summary>
public sealed class PreviousRun : IDisposable
{
    private readonly Dictionary<string, ManifestEntry> _byId;
    private readonly List<ManifestEntry> _entries;
    private readonly RawCsvReader[] _tables;
    private readonly List<string> _toDelete;
    private int _next;

    private PreviousRun(List<ManifestEntry> entries, RawCsvReader[] tables, List<string> toDelete)
    {
        _entries = entries;
        _byId = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var e in entries) _byId[e.Id] = e;
        _tables = tables;
        _toDelete = toDelete;
    }

    /// <summary>Articles the earlier run finished.</summary>
    public int Finished => _entries.Count;

    /// <summary>
    /// Opens the earlier run in <paramref name="dir"/>: a killed run's .partial files are moved aside
    /// (.old) first; a complete run's files are read in place. Returns null, with a note, when there is
    /// nothing usable (no manifest, another config or version, other columns).
    /// </summary>
    public static PreviousRun? Open(string dir, string configHash, IReadOnlyList<(string Path, string HeaderLine)> tables, Action<string> note)
    {
        string manifest = Path.Combine(dir, RunManifest.FileName);
        bool killed = File.Exists(manifest + ".partial");
        var toDelete = new List<string>();
        string Source(string finalPath)
        {
            if (!killed) return finalPath;
            string old = finalPath + ".old";
            if (File.Exists(finalPath + ".partial")) File.Move(finalPath + ".partial", old, overwrite: true);
            toDelete.Add(old);
            return old;
        }
        string manifestPath = Source(manifest);
        var read = RunManifest.Read(manifestPath);
        if (read == null)
        {
            note("resume: no earlier run found in the output folder; processing everything");
            Cleanup(toDelete);
            return null;
        }
        var (header, entries) = read.Value;
        if (header.ConfigHash != configHash || header.Version != BatchRunner.ToolVersion)
        {
            note("resume: the earlier run used another pipeline: its pipeline.json, a file it reads (rule, gazetteer, model, word list) or the tool " +
                "differs; processing everything");
            Cleanup(toDelete);
            return null;
        }
        var readers = new List<RawCsvReader>();
        foreach (var t in tables)
        {
            string path = Source(t.Path);
            if (!File.Exists(path)) { Fail(); return null; }
            var r = new RawCsvReader(path);
            readers.Add(r);
            if (r.Next() != t.HeaderLine) { Fail(); return null; }
        }
        note($"resume: {entries.Count} article(s) finished by the earlier run{(killed ? " (interrupted)" : "")}; unchanged ones are kept");
        return new PreviousRun(entries, readers.ToArray(), toDelete);

        void Fail()
        {
            foreach (var r in readers) r.Dispose();
            note("resume: the earlier run's tables are missing or have other columns; processing everything");
            Cleanup(toDelete);
        }
    }

    /// <summary>Whether the earlier run finished this article with the same content (thread-safe).</summary>
    public bool CanReuse(string articleId, string hash) => _byId.TryGetValue(articleId, out var e) && e.Hash == hash;

    /// <summary>
    /// Copies the earlier run's rows of <paramref name="articleId"/> into the new tables, skipping the
    /// rows of articles before it that are not kept. Called in output order. Returns its manifest entry.
    /// </summary>
    public ManifestEntry Copy(string articleId, IReadOnlyList<CsvTable> tables)
    {
        while (_next < _entries.Count)
        {
            var e = _entries[_next++];
            bool keep = e.Id == articleId;
            for (int t = 0; t < _tables.Length; t++)
                for (int k = 0; k < e.Rows[t]; k++)
                {
                    string record = _tables[t].Next()
                        ?? throw new InvalidDataException($"the earlier run's table {tables[t].Path} ends before the rows its manifest lists");
                    if (keep) tables[t].WriteRaw(record);
                }
            if (keep) return e;
        }
        throw new InvalidOperationException($"article '{articleId}' is not in the earlier run's manifest");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var r in _tables) r.Dispose();
        Cleanup(_toDelete);
    }

    private static void Cleanup(List<string> files)
    {
        foreach (var f in files)
            if (File.Exists(f)) File.Delete(f);
    }
}
