using CsvHelper;

namespace FinExtract.Evaluation;

/// <summary>One CSV table of a run, read back as rows of named cells (the header names the columns).</summary>
public sealed class RunTable
{
    /// <summary>The column names, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }
    /// <summary>The rows, in file order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    private RunTable(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>An empty table: a run that did not write the file.</summary>
    public static RunTable Empty { get; } = new(Array.Empty<string>(), Array.Empty<IReadOnlyDictionary<string, string>>());

    /// <summary>Reads <paramref name="path"/>, or returns <see cref="Empty"/> when the file does not exist.</summary>
    public static RunTable Read(string path)
    {
        if (!File.Exists(path)) return Empty;
        var options = new CsvReaderOptions { Separator = ',', HasHeader = true };
        using var csv = CsvReader.FromFile(path, options);
        var columns = csv.Headers.ToArray();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(columns.Length, StringComparer.Ordinal);
            for (int i = 0; i < columns.Length; i++) row[columns[i]] = i < csv.FieldCount ? csv.GetString(i) : "";
            rows.Add(row);
        }
        return new RunTable(columns, rows);
    }
}

/// <summary>Cell access that tolerates a missing column.</summary>
public static class RowExtensions
{
    /// <summary>The cell, or "" when the row has no such column.</summary>
    public static string Get(this IReadOnlyDictionary<string, string> row, string column) => row.TryGetValue(column, out var v) ? v : "";
}
