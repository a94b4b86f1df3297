using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FinExtract.Input;
using FinExtract.Pipeline;

namespace FinExtract.Scale;

/// <summary>One input of a plan: where it is (relative to the plan's root), its id, size, SHA-256 and shard.</summary>
public sealed record PlanFile(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("shard")] int Shard,
    [property: JsonPropertyName("problem_code")] string? ProblemCode = null,
    [property: JsonPropertyName("problem")] string? Problem = null);

/// <summary>
/// A deterministic shard manifest: every input with its size and SHA-256, assigned to a shard by a stable hash
/// of its article id, and the fingerprint of the pipeline that must process it. The same inputs, pipeline and
/// shard count always give the same plan (and the same <see cref="Fingerprint"/>), wherever the folder is mounted.
/// </summary>
public sealed class ShardPlan
{
    /// <summary>The plan format written by this tool.</summary>
    public const int FormatVersion = 1;

    /// <summary>The plan format of the file.</summary>
    [JsonPropertyName("format_version")] public int Version { get; init; } = FormatVersion;

    /// <summary>The input folder the plan was made over (a worker may be given another mount of it).</summary>
    [JsonPropertyName("root")] public required string Root { get; init; }

    /// <summary>How many shards.</summary>
    [JsonPropertyName("shards")] public required int Shards { get; init; }

    /// <summary>The pipeline fingerprint every shard must be processed with.</summary>
    [JsonPropertyName("pipeline")] public required string Pipeline { get; init; }

    /// <summary>SHA-256 over the shard count, the pipeline fingerprint and every file line (not the root).</summary>
    [JsonPropertyName("fingerprint")] public string Fingerprint { get; init; } = "";

    /// <summary>The inputs in article-id order.</summary>
    [JsonPropertyName("files")] public required IReadOnlyList<PlanFile> Files { get; init; }

    /// <summary>The first 16 hex digits of the fingerprint: what part names carry.</summary>
    [JsonIgnore] public string ShortFingerprint => Fingerprint[..16];

    /// <summary>The shard of an article id: the first 8 bytes of SHA-256(id, UTF-8), big-endian, modulo the shard count.</summary>
    public static int ShardOf(string articleId, int shards)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(articleId), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)shards);
    }

    /// <summary>Finds the inputs under <paramref name="input"/> as a run would, hashes them and assigns each a shard.</summary>
    public static ShardPlan Create(string input, int shards, LoadedPipeline pipeline)
    {
        if (shards < 1) throw new ArgumentOutOfRangeException(nameof(shards), "--shards must be 1 or more");
        var found = InputDiscovery.Discover(input, pipeline.Config.Input.Extensions);
        string root = File.Exists(input) ? Path.GetDirectoryName(Path.GetFullPath(input))! : Path.GetFullPath(input);
        var files = found.Select(f => Describe(f, shards)).ToList();
        var plan = new ShardPlan { Root = root, Shards = shards, Pipeline = pipeline.Fingerprint, Files = files };
        return new ShardPlan { Root = root, Shards = shards, Pipeline = plan.Pipeline, Files = files, Fingerprint = plan.ComputeFingerprint() };
    }

    private static PlanFile Describe(InputFile f, int shards)
    {
        int shard = ShardOf(f.ArticleId, shards);
        if (f.ProblemCode != null) return new PlanFile(f.SourcePath, f.ArticleId, 0, "", shard, f.ProblemCode, f.Problem);
        var (size, sha) = FileDigest.Of(f.FullPath);
        return new PlanFile(f.SourcePath, f.ArticleId, size, sha, shard);
    }

    /// <summary>The inputs of one shard, in article-id order, as files under <paramref name="root"/> (default: the plan's root).</summary>
    public IReadOnlyList<InputFile> InputsOf(int shard, string? root = null)
    {
        root ??= Root;
        return Files.Where(f => f.Shard == shard).Select(f => ToInput(f, root)).ToList();
    }

    /// <summary>An input file as a run reads it.</summary>
    public static InputFile ToInput(PlanFile f, string root) => ToInputAt(f, Path.Combine(root, f.Source));

    /// <summary>An input file as a run reads it, from the file at <paramref name="fullPath"/>.</summary>
    public static InputFile ToInputAt(PlanFile f, string fullPath)
    {
        string name = f.Source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? f.Source[..^3] : f.Source;
        var input = new InputFile(fullPath, f.Source, f.ArticleId, name.Length != f.Source.Length,
            Path.GetExtension(name).ToLowerInvariant());
        return f.ProblemCode == null ? input : input with { ProblemCode = f.ProblemCode, Problem = f.Problem };
    }

    private string ComputeFingerprint()
    {
        var sb = new StringBuilder();
        sb.Append("finextract-plan ").Append(Version).Append('\n').Append("shards ").Append(Shards).Append('\n').Append("pipeline ").Append(Pipeline)
            .Append('\n');
        foreach (var f in Files)
            sb.Append(f.ArticleId).Append('\t').Append(f.Source).Append('\t').Append(f.Size).Append('\t').Append(f.Sha256).Append('\t')
              .Append(f.Shard).Append('\t').Append(f.ProblemCode).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Writes the plan (to a temporary name, then renamed into place).</summary>
    public void Write(string path) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>Reads a plan and checks it is whole (its fingerprint matches its content).</summary>
    public static ShardPlan Read(string path)
    {
        ShardPlan? plan;
        try { plan = JsonSerializer.Deserialize<ShardPlan>(File.ReadAllText(path)); }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new PlanException($"{path}: not a readable plan ({e.Message}); make one with 'finextract plan INPUT --shards N --out PLAN'");
        }
        if (plan == null || plan.Version != FormatVersion || plan.Files == null)
            throw new PlanException($"{path}: not a plan of format version {FormatVersion}; make it again with this tool's 'plan' command");
        if (plan.ComputeFingerprint() != plan.Fingerprint)
            throw new PlanException($"{path}: the plan's content does not match its fingerprint (edited or cut off); make it again with 'plan'");
        return plan;
    }
}

/// <summary>A plan, a part or a shard request that cannot be used (exit 2: fix the input and rerun).</summary>
public sealed class PlanException(string message) : Exception(message);

/// <summary>Size and SHA-256 of a file's bytes as stored.</summary>
public static class FileDigest
{
    /// <summary>The size and lower-case hex SHA-256 of a file; ("", -1) never: unreadable files throw.</summary>
    public static (long Size, string Sha256) Of(string path)
    {
        try
        {
            using var fs = File.OpenRead(path);
            return (fs.Length, Convert.ToHexStringLower(SHA256.HashData(fs)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (-1, ""); // the run itself reports why it cannot read the file
        }
    }
}

/// <summary>Writes files so that readers see the old content or the new, never a half-written file.</summary>
public static class AtomicFile
{
    /// <summary>Writes text to a temporary name beside <paramref name="path"/>, then renames it into place.</summary>
    public static void WriteAllText(string path, string text)
    {
        string temp = TempName(path);
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>A temporary name beside <paramref name="path"/>, unique to this process.</summary>
    public static string TempName(string path) => $"{path}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
}
