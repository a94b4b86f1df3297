using System.Globalization;
using CsvHelper;
using FinExtract.Output;
using Parquet;
using Parquet.Schema;

namespace FinExtract.Scale;

/// <summary>
/// The output tables as typed Parquet: offsets and counts as int32, scores and amounts as double, dates also
/// as a date column. Text cells hold exactly what the CSV cell holds (a neutralised cell keeps its apostrophe),
/// and every typed cell turns back into the same CSV text, so CSV written from Parquet equals the run's CSV
/// byte for byte. numbers.csv's <c>value</c> is a number or a text (a date, a range): Parquet has
/// <c>value</c> (double) and <c>value_text</c> (the rest). <c>published</c> and <c>modified</c> keep their
/// ISO 8601 text and gain <c>published_date</c> and <c>modified_date</c> (the day, as a date).
/// </summary>
public static class ParquetTables
{
    private enum Kind { Text, Int, Number, NumberOrText, DateText }

    /// <summary>Rows per row group: what a reader holds in memory at once.</summary>
    public const int RowGroupSize = 4096;

    private static readonly HashSet<string> IntColumns = new(StringComparer.Ordinal) { "word_count", "rank", "start", "end" };
    private static readonly HashSet<string> NumberColumns = new(StringComparer.Ordinal) { "topic_confidence", "probability", "confidence", "percent", "price" };
    private static readonly HashSet<string> DateColumns = new(StringComparer.Ordinal) { "published", "modified" };

    private static Kind KindOf(string column) =>
        IntColumns.Contains(column) ? Kind.Int
        : NumberColumns.Contains(column) ? Kind.Number
        : column == "value" ? Kind.NumberOrText
        : DateColumns.Contains(column) ? Kind.DateText
        : Kind.Text;

    /// <summary>The Parquet schema of a table with these CSV columns.</summary>
    public static ParquetSchema SchemaFor(IReadOnlyList<string> columns)
    {
        var fields = new List<Field>();
        foreach (var c in columns)
        {
            switch (KindOf(c))
            {
                case Kind.Int: fields.Add(new DataField<int?>(c)); break;
                case Kind.Number: fields.Add(new DataField<double?>(c)); break;
                case Kind.NumberOrText:
                    fields.Add(new DataField<double?>(c));
                    fields.Add(new DataField<string>(c + "_text", true));
                    break;
                case Kind.DateText:
                    fields.Add(new DataField<string>(c, true));
                    fields.Add(new DataField<DateOnly?>(c + "_date"));
                    break;
                default: fields.Add(new DataField<string>(c, true)); break;
            }
        }
        return new ParquetSchema(fields);
    }

    /// <summary>Converts a CSV table written by a run into a Parquet file with the typed schema.</summary>
    public static void FromCsv(string csvPath, string parquetPath, IReadOnlyList<string> columns) =>
        FromCsvAsync(csvPath, parquetPath, columns).GetAwaiter().GetResult();

    private static async Task FromCsvAsync(string csvPath, string parquetPath, IReadOnlyList<string> columns)
    {
        var schema = SchemaFor(columns);
        using var csv = CsvReader.FromFile(csvPath, new CsvReaderOptions { Separator = ',', HasHeader = true });
        string[] header = csv.Headers.ToArray();
        if (!header.SequenceEqual(columns))
            throw new InvalidDataException($"{csvPath}: the header is not the table's columns ({string.Join(",", columns)})");
        await using var stream = File.Create(parquetPath);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        var rows = new List<string[]>(RowGroupSize);
        bool any = false;
        while (csv.Read())
        {
            var row = new string[columns.Count];
            for (int i = 0; i < row.Length; i++) row[i] = i < csv.FieldCount ? csv.GetString(i) : "";
            rows.Add(row);
            if (rows.Count == RowGroupSize)
            {
                await WriteGroupAsync(writer, schema, columns, rows);
                rows.Clear();
                any = true;
            }
        }
        if (rows.Count > 0 || !any) await WriteGroupAsync(writer, schema, columns, rows);
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, ParquetSchema schema, IReadOnlyList<string> columns, List<string[]> rows)
    {
        using var group = writer.CreateRowGroup();
        var fields = schema.GetDataFields();
        int f = 0;
        for (int c = 0; c < columns.Count; c++)
        {
            var cells = rows.Select(r => r[c]).ToArray();
            switch (KindOf(columns[c]))
            {
                case Kind.Int:
                    await group.WriteAsync<int>(fields[f++],
                    cells.Select(s => s.Length == 0 ? (int?)null : int.Parse(s, CultureInfo.InvariantCulture)).ToArray());
                    break;
                case Kind.Number:
                    await group.WriteAsync<double>(fields[f++], cells.Select(s => s.Length == 0 ? (double?)null : ParseExact(s)).ToArray());
                    break;
                case Kind.NumberOrText:
                    var numbers = cells.Select(s => TryParseExact(s, out double v) ? v : (double?)null).ToArray();
                    await group.WriteAsync<double>(fields[f++], numbers);
                    await group.WriteAsync(fields[f++], cells.Select((s, i) => numbers[i] == null && s.Length > 0 ? s : null).ToArray()!, null);
                    break;
                case Kind.DateText:
                    await group.WriteAsync(fields[f++], cells, null);
                    await group.WriteAsync<DateOnly>(fields[f++], cells.Select(DayOf).ToArray());
                    break;
                default:
                    await group.WriteAsync(fields[f++], cells, null);
                    break;
            }
        }
    }

    /// <summary>The rows of a Parquet table as CSV records (line ending included), the same bytes a run writes.</summary>
    public static IEnumerable<string> Records(string parquetPath, IReadOnlyList<string> columns)
    {
        var schema = SchemaFor(columns);
        using var stream = File.OpenRead(parquetPath);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            if (!reader.Schema.Equals(schema))
                throw new InvalidDataException($"{parquetPath}: its schema is not the table's ({reader.Schema.GetNotEqualsMessage(schema, "file", "table")})");
            var sb = new StringWriter(CultureInfo.InvariantCulture);
            var formatter = new CsvTable(sb, columns, neutraliseFormulas: false, header: false);
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                var cells = ReadGroup(reader, g, schema, columns);
                int n = cells.Count == 0 ? 0 : cells[0].Length;
                for (int r = 0; r < n; r++)
                {
                    foreach (var col in cells) col[r](formatter);
                    formatter.EndRow();
                    formatter.FlushToDisk();
                    yield return sb.ToString();
                    sb.GetStringBuilder().Clear();
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Reads one row group as, per CSV column, one cell writer per row.</summary>
    private static List<Action<CsvTable>[]> ReadGroup(ParquetReader reader, int g, ParquetSchema schema, IReadOnlyList<string> columns)
    {
        using var group = reader.OpenRowGroupReader(g);
        int n = checked((int)group.RowCount);
        var fields = schema.GetDataFields();
        var result = new List<Action<CsvTable>[]>();
        int f = 0;
        foreach (var c in columns)
        {
            switch (KindOf(c))
            {
                case Kind.Int:
                    var ints = Read<int>(group, fields[f++], n);
                    result.Add(ints.Select(v => (Action<CsvTable>)(t => { if (v is { } x) t.Int(x); else t.Raw(""); })).ToArray());
                    break;
                case Kind.Number:
                    result.Add(Read<double>(group, fields[f++], n).Select(v => (Action<CsvTable>)(t => t.Number(v))).ToArray());
                    break;
                case Kind.NumberOrText:
                    var values = Read<double>(group, fields[f++], n);
                    var texts = ReadText(group, fields[f++], n);
                    result.Add(values.Select((v, i) => (Action<CsvTable>)(t => { if (v != null) t.Number(v); else t.Raw(texts[i]); })).ToArray());
                    break;
                case Kind.DateText:
                    result.Add(ReadText(group, fields[f++], n).Select(s => (Action<CsvTable>)(t => t.Raw(s))).ToArray());
                    f++; // the derived _date column
                    break;
                default:
                    result.Add(ReadText(group, fields[f++], n).Select(s => (Action<CsvTable>)(t => t.Raw(s))).ToArray());
                    break;
            }
        }
        return result;
    }

    private static T?[] Read<T>(ParquetRowGroupReader group, DataField field, int n) where T : struct
    {
        var values = new T?[n];
        group.ReadAsync<T>(field, values.AsMemory(), null, default).AsTask().GetAwaiter().GetResult();
        return values;
    }

    private static string?[] ReadText(ParquetRowGroupReader group, DataField field, int n)
    {
        var values = new string?[n];
        group.ReadAsync(field, values.AsMemory(), null, default).AsTask().GetAwaiter().GetResult();
        return values;
    }

    private static double ParseExact(string s) =>
        TryParseExact(s, out double v) ? v : throw new InvalidDataException($"'{s}' is not a number as a run writes one");

    /// <summary>A cell is a number when it parses and prints back as the same text (round-trip format).</summary>
    private static bool TryParseExact(string s, out double v) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v) && v.ToString("R", CultureInfo.InvariantCulture) == s;

    private static DateOnly? DayOf(string s) =>
        s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
