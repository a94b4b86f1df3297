using System.Globalization;
using DuckDB.NET.Data;
using FinExtract.Output;
using FinExtract.Pipeline;
using FinExtract.Scale;
using FinExtract.Tests.Output;
using FinExtract.Tests.Pipeline;

namespace FinExtract.Tests.Scale;

/// <summary>One corpus, one single run, and a plan over it that the tests below run and merge in their own parts folders.</summary>
public sealed class ShardedCorpus
{
    public string Input { get; } = ResumeTests.Corpus(6);
    public string Single { get; } = TestPaths.NewTempDir();
    public LoadedPipeline Pipeline { get; } = ConfigLoader.LoadFile(TestPaths.PipelineWithoutTimeouts);
    public ShardPlan Plan { get; }

    public ShardedCorpus()
    {
        BatchRunner.Run(new RunOptions { Input = Input, OutputDirectory = Single, Pipeline = Pipeline, Threads = 2 });
        Plan = ShardPlan.Create(Input, 7, Pipeline);
    }

    /// <summary>Runs the shards into a new parts folder: shards in <paramref name="parquet"/> as Parquet parts, the rest as CSV.</summary>
    public string RunShards(params int[] parquet)
    {
        string parts = TestPaths.NewTempDir();
        for (int s = 0; s < Plan.Shards; s++) RunShard(parts, s, parquet.Contains(s) ? "parquet" : "csv");
        return parts;
    }

    public ShardOutcome RunShard(string parts, int shard, string format = "csv") =>
        ShardRunner.Run(new ShardRunOptions { Plan = Plan, PartsDirectory = parts, Pipeline = Pipeline, Format = format, Threads = 2 }, shard);
}

/// <summary>Shards run as parts and merged: the same tables as one run, and merge refuses what is not exactly once.</summary>
public class ShardedRunTests : IClassFixture<ShardedCorpus>
{
    private readonly ShardedCorpus _c;

    public ShardedRunTests(ShardedCorpus corpus) => _c = corpus;

    [Fact]
    public void MergedShards_EqualTheSingleRun_ByteForByte_FromCsvAndParquetParts()
    {
        string parts = _c.RunShards(parquet: new[] { 1, 4, 5 });
        Assert.Equal(7, PartManifest.ReadAll(parts).Count);
        Assert.Equal(3, PartManifest.ReadAll(parts).Count(p => p.Format == "parquet"));
        string merged = TestPaths.NewTempDir();
        var s = PartMerger.Merge(parts, merged);
        Assert.Equal(_c.Plan.Files.Count, s.Articles);
        ResumeTests.AssertSameTables(_c.Single, merged);
    }

    [Fact]
    public void ParquetParts_ReadBackWithDuckDb_ToTheRowsOfTheCsv()
    {
        string parts = _c.RunShards(parquet: Enumerable.Range(0, 7).ToArray());
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        foreach (var (name, columns) in TableSet.Specs)
        {
            string table = Path.GetFileNameWithoutExtension(name);
            var expected = CsvReading.Read(Path.Combine(_c.Single, name)).Select(r => string.Join("\u001f", columns.Select(c => r[c]))).Order(StringComparer.Ordinal).ToList();
            var actual = new List<string>();
            using var cmd = db.CreateCommand();
            cmd.CommandText = $"SELECT * FROM read_parquet('{parts}/*.{table}.parquet')";
            using var reader = cmd.ExecuteReader();
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            while (reader.Read())
                actual.Add(string.Join("\u001f", columns.Select(c => Cell(reader, names, c))));
            actual.Sort(StringComparer.Ordinal);
            Assert.True(expected.Count > 0 || table is "moves" or "errors", $"{name}: the corpus gave no rows to compare");
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>A DuckDB cell as the CSV writes it: numbers in round-trip form, value or value_text for numbers.csv's value.</summary>
    private static string Cell(System.Data.Common.DbDataReader r, List<string> names, string column)
    {
        int i = names.IndexOf(column);
        if (column == "value" && r.IsDBNull(i)) return r.IsDBNull(names.IndexOf("value_text")) ? "" : r.GetString(names.IndexOf("value_text"));
        if (r.IsDBNull(i)) return "";
        return r.GetValue(i) switch
        {
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            int n => n.ToString(CultureInfo.InvariantCulture),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
        };
    }

    [Fact]
    public void ParquetParts_TypeTheirColumns()
    {
        string parts = _c.RunShards(parquet: new[] { 0 });
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{parts}/shard-00000-*.articles.parquet'))";
        using var reader = cmd.ExecuteReader();
        var types = new Dictionary<string, string>();
        while (reader.Read()) types[reader.GetString(0)] = reader.GetString(1);
        Assert.Equal("INTEGER", types["word_count"]);
        Assert.Equal("DOUBLE", types["topic_confidence"]);
        Assert.Equal("DATE", types["published_date"]);
        Assert.Equal("VARCHAR", types["published"]);
    }

    [Fact]
    public void MergingToParquet_WritesTheSameRowsTyped()
    {
        string parts = _c.RunShards();
        string merged = TestPaths.NewTempDir();
        PartMerger.Merge(parts, merged, "parquet");
        var records = ParquetTables.Records(Path.Combine(merged, "entities.parquet"), OutputTables.EntityColumns).ToList();
        var csv = File.ReadAllText(Path.Combine(_c.Single, "entities.csv"));
        Assert.Equal(csv, CsvTable.HeaderFor(OutputTables.EntityColumns) + string.Concat(records));
    }

    [Fact]
    public void Merge_RefusesAMissingShard_AForeignPart_AndADamagedPart_NamingThem()
    {
        string parts = _c.RunShards();
        string name3 = ShardRunner.PartName(_c.Plan, 3);
        File.Move(PartManifest.PathOf(parts, name3), Path.Combine(TestPaths.NewTempDir(), "kept.json"));
        var e = Assert.Throws<PlanException>(() => PartMerger.Merge(parts, TestPaths.NewTempDir()));
        Assert.Contains("not committed: 3", e.Message);
        _c.RunShard(parts, 3);

        // a part of another plan (other shard count) in the same folder
        var other = ShardPlan.Create(_c.Input, 2, _c.Pipeline);
        ShardRunner.Run(new ShardRunOptions { Plan = other, PartsDirectory = parts, Pipeline = _c.Pipeline, Threads = 2 }, 0);
        e = Assert.Throws<PlanException>(() => PartMerger.Merge(parts, TestPaths.NewTempDir()));
        Assert.Contains("foreign part(s): " + ShardRunner.PartName(other, 0), e.Message);
        File.Delete(PartManifest.PathOf(parts, ShardRunner.PartName(other, 0)));

        string table = Path.Combine(parts, ShardRunner.PartName(_c.Plan, 5) + ".entities.csv");
        File.WriteAllText(table, File.ReadAllText(table)[..^40]);
        e = Assert.Throws<PlanException>(() => PartMerger.Merge(parts, TestPaths.NewTempDir()));
        Assert.Contains($"part {ShardRunner.PartName(_c.Plan, 5)}: its file", e.Message);
        Assert.Contains("SHA-256", e.Message);
    }

    [Fact]
    public void RerunningAShard_TouchesOnlyItsOwnPart()
    {
        string parts = _c.RunShards();
        Assert.Equal(ShardOutcome.AlreadyCommitted, _c.RunShard(parts, 2));
        var before = Directory.GetFiles(parts).ToDictionary(f => f, File.ReadAllBytes);
        string own = ShardRunner.PartName(_c.Plan, 2);
        File.WriteAllText(Path.Combine(parts, own + ".quotes.csv"), "damaged");
        Assert.Equal(ShardOutcome.Committed, _c.RunShard(parts, 2));
        foreach (var (file, bytes) in before)
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(bytes), $"{Path.GetFileName(file)} changed");
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(parts).Order());
        Assert.False(Directory.Exists(Path.Combine(parts, ".work", own)), "the work folder is removed after the commit");
    }

    [Fact]
    public void AShard_RefusesAPipelineOtherThanThePlans()
    {
        string config = Path.Combine(TestPaths.NewTempDir(), "pipeline.json");
        File.WriteAllText(config, File.ReadAllText(TestPaths.PipelineWithoutTimeouts).Replace("600000", "599999"));
        var other = ConfigLoader.LoadFile(config);
        var e = Assert.Throws<PlanException>(() =>
            ShardRunner.Run(new ShardRunOptions { Plan = _c.Plan, PartsDirectory = TestPaths.NewTempDir(), Pipeline = other }, 0));
        Assert.Contains("another pipeline", e.Message);
    }

    [Fact]
    public void AnInputChangedSincePlanning_IsProcessedAsItIsNow_AndSaidSo()
    {
        string input = ResumeTests.Corpus(1);
        var plan = ShardPlan.Create(input, 2, _c.Pipeline);
        var target = plan.Files.First(f => f.Source.EndsWith(".html", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(input, target.Source), "<!-- edited after planning -->");
        var notes = new List<string>();
        ShardRunner.Run(new ShardRunOptions { Plan = plan, PartsDirectory = TestPaths.NewTempDir(), Pipeline = _c.Pipeline, Threads = 2, Note = notes.Add },
            target.Shard);
        Assert.Contains(notes, n => n.Contains("1 input(s) changed since the plan was made") && n.Contains(target.ArticleId));
    }
}
