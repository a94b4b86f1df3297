using System.Text.Json;
using FinExtract.Output;
using FinExtract.Pipeline;

namespace FinExtract.Scale;

/// <summary>What a merge wrote.</summary>
public sealed record MergeSummary(int Parts, int Articles, int Duplicates, IReadOnlyList<string> OutputFiles);

/// <summary>
/// Merges committed parts into the tables a single run writes: checks first that the parts are whole and
/// belong together (one plan with every shard committed once, or one pipeline's feed batches), then copies
/// each article's rows in article-id order, a k-way merge that holds one row group per part in memory. An
/// article found in two feed parts with the same rows (a redelivered entry) is written once; with other
/// rows it is an error.
/// </summary>
public static class PartMerger
{
    /// <summary>Merges the parts in <paramref name="partsDir"/> into <paramref name="outDir"/> as CSV or Parquet.</summary>
    public static MergeSummary Merge(string partsDir, string outDir, string format = "csv")
    {
        if (!Directory.Exists(partsDir)) throw new PlanException($"parts folder '{partsDir}' does not exist");
        if (!PartStore.Formats.Contains(format)) throw new PlanException($"--format '{format}': use csv or parquet");
        var parts = PartManifest.ReadAll(partsDir);
        if (parts.Count == 0) throw new PlanException($"{partsDir}: no committed part (NAME{PartManifest.Suffix}) to merge");
        Check(partsDir, parts);
        Directory.CreateDirectory(outDir);
        using var outLock = OutputLock.Acquire(outDir);
        string csvDir = format == "csv" ? outDir : Directory.CreateTempSubdirectory("finextract-merge-").FullName;
        try
        {
            var (articles, duplicates) = WriteCsv(partsDir, parts, csvDir);
            var files = TableSet.Specs.Select(s => Path.Combine(outDir, s.Name)).ToList();
            if (format == "parquet") files = ToParquet(csvDir, outDir);
            files.Add(Path.Combine(outDir, RunManifest.FileName));
            if (format == "parquet") File.Move(Path.Combine(csvDir, RunManifest.FileName), files[^1], overwrite: true);
            string runJson = Path.Combine(outDir, "run.json");
            WriteRunJson(runJson, parts, articles, duplicates);
            files.Add(runJson);
            return new MergeSummary(parts.Count, articles, duplicates, files);
        }
        finally
        {
            if (format != "csv") Directory.Delete(csvDir, recursive: true);
        }
    }

    /// <summary>Refuses parts that are damaged, of mixed kinds, pipelines or plans, and a plan with a shard missing.</summary>
    private static void Check(string dir, IReadOnlyList<PartManifest> parts)
    {
        foreach (var p in parts)
            if (p.Problem(dir) is { } why) throw new PlanException($"part {p.Name}: {why}; rerun its shard or batch");
        var pipelines = parts.GroupBy(p => p.Pipeline).ToList();
        if (pipelines.Count > 1)
            throw new PlanException($"{dir}: parts made with {pipelines.Count} different pipelines; foreign part(s): " +
                string.Join(", ", pipelines.OrderByDescending(g => g.Count()).Skip(1).SelectMany(g => g).Select(p => p.Name)));
        var kinds = parts.Select(p => p.Kind).Distinct().ToList();
        if (kinds.Count > 1) throw new PlanException($"{dir}: holds both shard and feed parts; merge one kind at a time");
        if (kinds[0] == "shard") CheckPlan(dir, parts);
    }

    private static void CheckPlan(string dir, IReadOnlyList<PartManifest> parts)
    {
        var plans = parts.GroupBy(p => p.Plan ?? "").OrderByDescending(g => g.Count()).ToList();
        if (plans.Count > 1)
            throw new PlanException($"{dir}: parts of {plans.Count} plans; foreign part(s): {string.Join(", ",
            plans.Skip(1).SelectMany(g => g).Select(p => p.Name))}");
        string fp = plans[0].Key;
        string planPath = Path.Combine(dir, ShardRunner.PlanCopyName(fp[..16]));
        if (!File.Exists(planPath)) throw new PlanException($"{dir}: the plan the parts belong to ({ShardRunner.PlanCopyName(fp[..16])}) is missing");
        var plan = ShardPlan.Read(planPath);
        if (plan.Fingerprint != fp) throw new PlanException($"{planPath}: is not the plan the parts name ({fp})");
        var byShard = parts.ToDictionary(p => p.Shard ?? -1);
        var missing = Enumerable.Range(0, plan.Shards).Where(i => !byShard.ContainsKey(i)).ToList();
        if (missing.Count > 0)
            throw new PlanException($"{dir}: {missing.Count} of {plan.Shards} shard(s) not committed: {string.Join(", ", missing.Take(20))}" +
                $"{(missing.Count > 20 ? ", ..." : "")}; run them (run --plan PLAN --shard I) and merge again");
        foreach (var p in parts)
        {
            if (p.Shard is not { } s || s < 0 || s >= plan.Shards || p.Name != ShardRunner.PartName(plan, s))
                throw new PlanException($"{dir}: part {p.Name} is not a shard of plan {fp[..16]}");
            var expected = plan.Files.Where(f => f.Shard == s).Select(f => new PartInput(f.ArticleId, f.Sha256));
            if (!expected.SequenceEqual(p.Inputs) || p.Articles.Count != p.Inputs.Count)
                throw new PlanException($"part {p.Name}: does not cover exactly the inputs the plan gives shard {s}; rerun the shard");
        }
    }

    private static (int Articles, int Duplicates) WriteCsv(string partsDir, IReadOnlyList<PartManifest> parts, string outDir)
    {
        var cursors = parts.Select(p => new PartCursor(partsDir, p)).ToList();
        TableSet? tables = null;
        int articles = 0, duplicates = 0;
        try
        {
            var pipeline = parts[0].Pipeline;
            tables = new TableSet(outDir, neutraliseFormulas: false);
            using (var manifest =
                new RunManifest(Path.Combine(outDir, RunManifest.FileName + ".partial"), pipeline, TableSet.Specs.Select(s => s.Name).ToList()))
            {
                var queue = new PriorityQueue<PartCursor, (string, string)>(Comparer<(string, string)>.Create((a, b) =>
                {
                    int c = string.CompareOrdinal(a.Item1, b.Item1);
                    return c != 0 ? c : string.CompareOrdinal(a.Item2, b.Item2);
                }));
                foreach (var c in cursors)
                    if (c.Current != null) queue.Enqueue(c, (c.Current.Id, c.Name));
                ManifestEntry? last = null;
                string[][]? lastRows = null;
                string lastPart = "";
                while (queue.TryDequeue(out var cursor, out _))
                {
                    var entry = cursor.Current!;
                    var rows = cursor.TakeRows();
                    if (last != null && last.Id == entry.Id)
                    {
                        if (entry.Hash != last.Hash || !SameRows(rows, lastRows!))
                            throw new PlanException($"article '{entry.Id}' is in parts {lastPart} and {cursor.Name} with different rows; rerun one of them");
                        duplicates++;
                    }
                    else
                    {
                        for (int t = 0; t < rows.Length; t++)
                            foreach (var record in rows[t]) tables.Tables[t].WriteRaw(record);
                        manifest.Add(entry);
                        articles++;
                        (last, lastRows, lastPart) = (entry, rows, cursor.Name);
                    }
                    if (cursor.Current != null) queue.Enqueue(cursor, (cursor.Current.Id, cursor.Name));
                }
            }
            tables.Commit();
            File.Move(Path.Combine(outDir, RunManifest.FileName + ".partial"), Path.Combine(outDir, RunManifest.FileName), overwrite: true);
            return (articles, duplicates);
        }
        finally
        {
            tables?.Dispose();
            foreach (var c in cursors) c.Dispose();
        }
    }

    private static bool SameRows(string[][] a, string[][] b) => a.Length == b.Length && a.Zip(b).All(p => p.First.SequenceEqual(p.Second));

    private static List<string> ToParquet(string csvDir, string outDir)
    {
        var files = new List<string>();
        foreach (var (name, columns) in TableSet.Specs)
        {
            string final = Path.Combine(outDir, Path.ChangeExtension(name, ".parquet"));
            string temp = AtomicFile.TempName(final);
            ParquetTables.FromCsv(Path.Combine(csvDir, name), temp, columns);
            File.Move(temp, final, overwrite: true);
            files.Add(final);
        }
        return files;
    }

    private static void WriteRunJson(string path, IReadOnlyList<PartManifest> parts, int articles, int duplicates)
    {
        var doc = new Dictionary<string, object?>
        {
            ["tool"] = "finextract", ["version"] = BatchRunner.ToolVersion, ["merged"] = true, ["kind"] = parts[0].Kind,
            ["plan"] = parts[0].Plan, ["fingerprint"] = parts[0].Pipeline, ["parts"] = parts.Select(p => p.Name).ToList(),
            ["counts"] = new Dictionary<string, int> { ["articles"] = articles, ["duplicates_dropped"] = duplicates },
        };
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Reads one part article by article: its manifest entries and, per table, its records in order.</summary>
    private sealed class PartCursor : IDisposable
    {
        private readonly PartManifest _part;
        private readonly IEnumerator<string>[] _tables;
        private int _next;

        public PartCursor(string dir, PartManifest part)
        {
            _part = part;
            _tables = part.Tables.Select((t, i) => Records(Path.Combine(dir, t.File), part.Format, TableSet.Specs[i].Columns).GetEnumerator()).ToArray();
        }

        public string Name => _part.Name;

        public ManifestEntry? Current => _next < _part.Articles.Count ? _part.Articles[_next] : null;

        /// <summary>The current article's records per table; moves to the next article.</summary>
        public string[][] TakeRows()
        {
            var e = _part.Articles[_next++];
            var rows = new string[_tables.Length][];
            for (int t = 0; t < _tables.Length; t++)
            {
                rows[t] = new string[e.Rows[t]];
                for (int k = 0; k < rows[t].Length; k++)
                    rows[t][k] = _tables[t].MoveNext() ? _tables[t].Current
                        : throw new PlanException($"part {Name}: table {_part.Tables[t].File} ends before the rows its manifest lists");
            }
            return rows;
        }

        private static IEnumerable<string> Records(string path, string format, string[] columns)
        {
            if (format == "parquet")
            {
                foreach (var r in ParquetTables.Records(path, columns)) yield return r;
                yield break;
            }
            using var reader = new RawCsvReader(path);
            string header = reader.Next() ?? "";
            if (header != CsvTable.HeaderFor(columns)) throw new PlanException($"{path}: its header is not the table's columns");
            while (reader.Next() is { } record) yield return record;
        }

        public void Dispose()
        {
            foreach (var t in _tables) t.Dispose();
        }
    }
}
