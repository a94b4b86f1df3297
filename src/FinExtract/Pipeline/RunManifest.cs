using System.Text.Json;

namespace FinExtract.Pipeline;

/// <summary>One finished article in the manifest: its content hash, how many rows each table got, and its outcome.</summary>
public sealed record ManifestEntry(string Id, string Hash, int[] Rows, string Outcome);

/// <summary>
/// progress.jsonl: the run's manifest, one JSON line per finished article in output order, appended and
/// flushed after the article's rows are flushed to every table. It is what --resume trusts: an article is
/// finished only when its line is complete, so a killed run never hands on a half-written row.
/// First line: the config hash, tool version and tables the rows belong to.
/// </summary>
public sealed class RunManifest : IDisposable
{
    /// <summary>The manifest file name.</summary>
    public const string FileName = "progress.jsonl";

    private readonly StreamWriter _writer;

    /// <summary>Creates the manifest (as a .partial file) and writes its header line.</summary>
    public RunManifest(string path, string configHash, IReadOnlyList<string> tables)
    {
        _writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        _writer.Write(Json(w =>
        {
            w.WriteString(nameof(ManifestHeader.ConfigHash), configHash);
            w.WriteString(nameof(ManifestHeader.Version), BatchRunner.ToolVersion);
            w.WriteStartArray(nameof(ManifestHeader.Tables));
            foreach (var t in tables) w.WriteStringValue(t);
            w.WriteEndArray();
        }));
        _writer.Write('\n');
        _writer.Flush();
    }

    /// <summary>Records a finished article.</summary>
    public void Add(ManifestEntry entry)
    {
        _writer.Write(Json(w =>
        {
            w.WriteString(nameof(ManifestEntry.Id), entry.Id);
            w.WriteString(nameof(ManifestEntry.Hash), entry.Hash);
            w.WriteStartArray(nameof(ManifestEntry.Rows));
            foreach (int n in entry.Rows) w.WriteNumberValue(n);
            w.WriteEndArray();
            w.WriteString(nameof(ManifestEntry.Outcome), entry.Outcome);
        }));
        _writer.Write('\n');
        _writer.Flush();
        Scale.FaultPoint.Hit("after-article"); // a crash in the middle of a run or a shard, for the worker tests
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    /// <summary>
    /// One JSON object, written field by field as the serializer would write the record (same names, order and escaping),
    /// without the serializer's cold start (about 30 ms of a short run's first article).
    /// </summary>
    private static string Json(Action<Utf8JsonWriter> fields)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            fields(w);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The header line.</summary>
    public sealed record ManifestHeader(string ConfigHash, string Version, string[] Tables);

    /// <summary>Reads a manifest; a cut-off last line is ignored. Null when the file is unusable.</summary>
    public static (ManifestHeader Header, List<ManifestEntry> Entries)? Read(string path)
    {
        if (!File.Exists(path)) return null;
        using var reader = new StreamReader(path);
        string? first = reader.ReadLine();
        if (first == null) return null;
        ManifestHeader? header;
        try { header = JsonSerializer.Deserialize<ManifestHeader>(first); }
        catch (JsonException) { return null; }
        if (header == null) return null;
        var entries = new List<ManifestEntry>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            try
            {
                var e = JsonSerializer.Deserialize<ManifestEntry>(line);
                if (e != null) entries.Add(e);
            }
            catch (JsonException)
            {
                break; // the line a killed run was writing
            }
        }
        return (header, entries);
    }
}
