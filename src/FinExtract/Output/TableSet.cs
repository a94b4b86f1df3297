using FinExtract.Pipeline;

namespace FinExtract.Output;

/// <summary>
/// The seven tables of a run, open for writing in one folder, and how one processed input becomes their
/// rows and its manifest entry. A batch run, a shard and a feed worker all write through it, so their rows
/// are the same bytes.
/// </summary>
public sealed class TableSet : IDisposable
{
    /// <summary>The tables a run writes, in manifest order, with their columns.</summary>
    public static readonly IReadOnlyList<(string Name, string[] Columns)> Specs = new (string, string[])[]
    {
        ("articles.csv", OutputTables.ArticleColumns), ("errors.csv", OutputTables.ErrorColumns), ("entities.csv", OutputTables.EntityColumns),
        ("numbers.csv", OutputTables.NumberColumns), ("moves.csv", OutputTables.MoveColumns), ("quotes.csv", OutputTables.QuoteColumns),
        ("topics.csv", OutputTables.TopicColumns),
    };

    private readonly List<CsvTable> _tables = new();

    /// <summary>Opens every table in <paramref name="dir"/> (as .partial files until <see cref="Commit"/>).</summary>
    public TableSet(string dir, bool neutraliseFormulas)
    {
        try
        {
            foreach (var (name, columns) in Specs) _tables.Add(new CsvTable(Path.Combine(dir, name), columns, neutraliseFormulas));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The open tables, in <see cref="Specs"/> order.</summary>
    public IReadOnlyList<CsvTable> Tables => _tables;

    /// <summary>Writes the rows of a processed input and returns its manifest entry (rows per table, outcome).</summary>
    public ManifestEntry Write(ArticleResult r)
    {
        int[] before = _tables.Select(t => t.Rows).ToArray();
        if (r.Article is { } a)
        {
            OutputTables.WriteArticle(_tables[0], a);
            OutputTables.WriteEntities(_tables[2], a);
            OutputTables.WriteNumbers(_tables[3], a);
            OutputTables.WriteMoves(_tables[4], a);
            OutputTables.WriteQuotes(_tables[5], a);
            OutputTables.WriteTopics(_tables[6], a);
        }
        if (r.Error != null) OutputTables.WriteError(_tables[1], r.Error, r.ContentHash);
        return new ManifestEntry(r.Input.ArticleId, r.ContentHash, _tables.Select((t, i) => t.Rows - before[i]).ToArray(), r.Error?.Code ?? "ok");
    }

    /// <summary>Pushes every table's rows to the operating system.</summary>
    public void FlushToDisk()
    {
        foreach (var t in _tables) t.FlushToDisk();
    }

    /// <summary>Renames every table to its final name.</summary>
    public void Commit()
    {
        foreach (var t in _tables) t.Commit();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var t in _tables) t.Dispose();
    }
}
