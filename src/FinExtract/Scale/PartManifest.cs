using System.Text.Json;
using System.Text.Json.Serialization;
using FinExtract.Pipeline;

namespace FinExtract.Scale;

/// <summary>One table file of a part: its name in the parts folder, rows and SHA-256.</summary>
public sealed record PartTable(
    [property: JsonPropertyName("table")] string Table,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("sha256")] string Sha256);

/// <summary>An input a part covers, as planned or enqueued: its article id and the SHA-256 of its file.</summary>
public sealed record PartInput(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("sha256")] string Sha256);

/// <summary>
/// <c>NAME.part.json</c>: what a committed part holds. It is written last, under a temporary name renamed into
/// place, so a part exists exactly when its manifest does and every file it lists is whole (the hashes say so).
/// </summary>
public sealed record PartManifest
{
    /// <summary>The manifest file's suffix.</summary>
    public const string Suffix = ".part.json";

    /// <summary>The part's name (its files start with it).</summary>
    [JsonPropertyName("name")] public required string Name { get; init; }
    /// <summary>"shard" (a shard of a plan) or "feed" (a batch of a stream).</summary>
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    /// <summary>The plan fingerprint (shard parts).</summary>
    [JsonPropertyName("plan")] public string? Plan { get; init; }
    /// <summary>The shard index (shard parts).</summary>
    [JsonPropertyName("shard")] public int? Shard { get; init; }
    /// <summary>The pipeline fingerprint the rows were made with.</summary>
    [JsonPropertyName("pipeline")] public required string Pipeline { get; init; }
    /// <summary>The tool version.</summary>
    [JsonPropertyName("version")] public required string Version { get; init; }
    /// <summary>"csv" or "parquet".</summary>
    [JsonPropertyName("format")] public required string Format { get; init; }
    /// <summary>The table files, in run order.</summary>
    [JsonPropertyName("tables")] public required IReadOnlyList<PartTable> Tables { get; init; }
    /// <summary>The inputs the part covers.</summary>
    [JsonPropertyName("inputs")] public required IReadOnlyList<PartInput> Inputs { get; init; }
    /// <summary>The articles in output order with their rows per table (what merge splits the tables by).</summary>
    [JsonPropertyName("articles")] public required IReadOnlyList<ManifestEntry> Articles { get; init; }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The manifest path of part <paramref name="name"/> in <paramref name="dir"/>.</summary>
    public static string PathOf(string dir, string name) => System.IO.Path.Combine(dir, name + Suffix);

    /// <summary>Writes the manifest atomically: the commit point of the part.</summary>
    public void Write(string dir) => AtomicFile.WriteAllText(PathOf(dir, Name), JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>Reads a manifest, or throws <see cref="PlanException"/> naming the file.</summary>
    public static PartManifest Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<PartManifest>(File.ReadAllText(path)) ?? throw new JsonException("empty");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new PlanException($"{path}: not a readable part manifest ({e.Message}); delete it and rerun its shard or batch");
        }
    }

    /// <summary>Every committed part in <paramref name="dir"/>, by name.</summary>
    public static IReadOnlyList<PartManifest> ReadAll(string dir) =>
        Directory.EnumerateFiles(dir, "*" + Suffix).Order(StringComparer.Ordinal).Select(Read).ToList();

    /// <summary>Null when every listed file exists with its hash; else why not.</summary>
    public string? Problem(string dir)
    {
        foreach (var t in Tables)
        {
            string path = System.IO.Path.Combine(dir, t.File);
            var (_, sha) = FileDigest.Of(path);
            if (sha.Length == 0) return $"its file {t.File} is missing or unreadable";
            if (sha != t.Sha256) return $"its file {t.File} does not have the SHA-256 its manifest lists (changed or cut off)";
        }
        return null;
    }
}
