using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FinExtract.Cli;
using FinExtract.Pipeline;
using FinExtract.Scale;

namespace FinExtract.Tests.Scale;

/// <summary>The shard plan: deterministic, stable under a move of the input folder, and strict about edits.</summary>
public class ShardPlanTests
{
    private static LoadedPipeline ScrapeOnly() => ConfigLoader.Load(Commands.DefaultConfig, "(test)", Directory.GetCurrentDirectory());

    private static string Folder(int files)
    {
        string dir = TestPaths.NewTempDir();
        for (int i = 0; i < files; i++)
        {
            string sub = Path.Combine(dir, $"d{i % 3}");
            Directory.CreateDirectory(sub);
            File.WriteAllText(Path.Combine(sub, $"note-{i:D3}.txt"), $"Note {i}: the lender raised its dividend by {i} cents a share.");
        }
        return dir;
    }

    [Fact]
    public void SameInputsAndShardCount_GiveTheSamePlan_ByteForByte()
    {
        string dir = Folder(30);
        string a = Path.Combine(TestPaths.NewTempDir(), "a.json"), b = Path.Combine(TestPaths.NewTempDir(), "b.json");
        ShardPlan.Create(dir, 4, ScrapeOnly()).Write(a);
        ShardPlan.Create(dir, 4, ScrapeOnly()).Write(b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));

        var plan = ShardPlan.Read(a);
        Assert.Equal(30, plan.Files.Count);
        Assert.Equal(plan.Files.Select(f => f.ArticleId).Order(StringComparer.Ordinal), plan.Files.Select(f => f.ArticleId));
        Assert.All(plan.Files, f => Assert.Equal(64, f.Sha256.Length));
        Assert.Equal(30, Enumerable.Range(0, 4).Sum(s => plan.InputsOf(s).Count));
    }

    [Fact]
    public void TheShard_IsSha256OfTheArticleId_ModuloTheCount()
    {
        foreach (var id in new[] { "a", "wire/2024/03/bank-rates", "ünïcode-id" })
        {
            ulong h = BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
            Assert.Equal((int)(h % 40), ShardPlan.ShardOf(id, 40));
            Assert.Equal(0, ShardPlan.ShardOf(id, 1));
        }
    }

    [Fact]
    public void TheFingerprint_FollowsContentAndShardCount_NotWhereTheFolderIsMounted()
    {
        string dir = Folder(12);
        var first = ShardPlan.Create(dir, 3, ScrapeOnly());
        string moved = dir + "-moved";
        Directory.Move(dir, moved);
        Assert.Equal(first.Fingerprint, ShardPlan.Create(moved, 3, ScrapeOnly()).Fingerprint);
        Assert.NotEqual(first.Fingerprint, ShardPlan.Create(moved, 4, ScrapeOnly()).Fingerprint);
        File.AppendAllText(Path.Combine(moved, "d0", "note-000.txt"), " Revised.");
        Assert.NotEqual(first.Fingerprint, ShardPlan.Create(moved, 3, ScrapeOnly()).Fingerprint);
    }

    [Fact]
    public void AnEditedPlan_IsRefused_WithTheFix()
    {
        string path = Path.Combine(TestPaths.NewTempDir(), "plan.json");
        ShardPlan.Create(Folder(5), 2, ScrapeOnly()).Write(path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"shard\": 0", "\"shard\": 1"));
        var e = Assert.Throws<PlanException>(() => ShardPlan.Read(path));
        Assert.Contains("fingerprint", e.Message);
        File.WriteAllText(path, "{ not json");
        Assert.Contains("finextract plan", Assert.Throws<PlanException>(() => ShardPlan.Read(path)).Message);
    }

    [Theory]
    [InlineData("7", new[] { 7 })]
    [InlineData("0,3, 6", new[] { 0, 3, 6 })]
    [InlineData("2-4,9", new[] { 2, 3, 4, 9 })]
    [InlineData("all", new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    public void ShardLists_AreRead(string spec, int[] expected) => Assert.Equal(expected, ShardRunner.ParseShards(spec, 10));

    [Theory]
    [InlineData("10", "shards 0 to 9")]
    [InlineData("x", "not a shard index")]
    [InlineData("4-2", "not a shard index")]
    public void BadShardLists_SayWhatIsAllowed(string spec, string message) =>
        Assert.Contains(message, Assert.Throws<PlanException>(() => ShardRunner.ParseShards(spec, 10)).Message);

    [Fact]
    public void WithoutAShard_TheIndexedJobsIndexIsUsed()
    {
        Environment.SetEnvironmentVariable("JOB_COMPLETION_INDEX", "5");
        try
        {
            Assert.Equal(new[] { 5 }, ShardRunner.ParseShards(null, 10));
        }
        finally
        {
            Environment.SetEnvironmentVariable("JOB_COMPLETION_INDEX", null);
        }
        Assert.Contains("JOB_COMPLETION_INDEX", Assert.Throws<PlanException>(() => ShardRunner.ParseShards(null, 10)).Message);
    }
}
