using CsvHelper;

namespace FinExtract.Output;

/// <summary>
/// One CSV output file: RFC 4180, UTF-8, invariant culture, written to a temporary file and renamed into
/// place by <see cref="Commit"/>, so a killed run never leaves a half-written table under the final name.
/// Text cells that a spreadsheet would run as a formula (= + - @, tab, CR) are neutralised with a leading
/// apostrophe; numeric cells are written as numbers and never altered. Span-text cells (a mention, a number's
/// text, a quotation: body[start:end]) are escaped only when they could run something (= @ tab CR, or + -
/// followed by a call or a link: ( | !), so that a signed number such as "-4.2%" stays as the body has it.
/// </summary>
public sealed class CsvTable : IDisposable
{
    private readonly string _path;
    private readonly string _tempPath;
    private readonly TextWriter _stream;
    private readonly CsvWriter _csv;
    private readonly bool _neutralise;
    private bool _committed;

    /// <summary>Opens <paramref name="path"/> for writing (through a temporary file) and writes the header.</summary>
    public CsvTable(string path, IReadOnlyList<string> columns, bool neutraliseFormulas)
        : this(new StreamWriter(path + ".partial", false, new System.Text.UTF8Encoding(false), 1 << 16), columns, neutraliseFormulas, header: true)
    {
        _path = path;
        _tempPath = path + ".partial";
    }

    /// <summary>
    /// A table over any writer, with or without its header: how a record is formatted outside a file (the
    /// rows of a Parquet part turned back into CSV records are the same bytes a run writes).
    /// </summary>
    public CsvTable(TextWriter writer, IReadOnlyList<string> columns, bool neutraliseFormulas, bool header)
    {
        _path = _tempPath = "";
        _neutralise = neutraliseFormulas;
        _stream = writer;
        _csv = CsvWriter.Create(_stream, new CsvWriterOptions
        {
            Injection = CsvInjection.None, // done here: see Text and Span
            NewLine = "\r\n",
        });
        if (header) _csv.WriteHeader(columns.ToArray());
        Columns = columns;
    }

    /// <summary>The final path of the table.</summary>
    public string Path => _path;

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Rows written so far.</summary>
    public int Rows { get; private set; }

    /// <summary>Writes a text cell, neutralised when it starts like a formula.</summary>
    public CsvTable Text(string? value)
    {
        value ??= "";
        _csv.WriteField(_neutralise && IsFormulaStart(value) ? "'" + value : value);
        return this;
    }

    /// <summary>
    /// Writes a span-text cell (body[start:end]): neutralised only when it could run something, so the
    /// offsets invariant holds for every text the shipped stages find.
    /// </summary>
    public CsvTable Span(string value)
    {
        _csv.WriteField(_neutralise && IsRunnable(value) ? "'" + value : value);
        return this;
    }

    /// <summary>True when a spreadsheet would read the cell as a formula: it starts with = + - @, a tab or a CR.</summary>
    public static bool IsFormulaStart(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// True when a cell could run something: it starts with = @ tab CR, or with + - and holds a call, a link or
    /// a sheet reference (( | !). "-4.2%", "+50" or "-- a title" evaluate to a number or an error at worst.
    /// </summary>
    public static bool IsRunnable(string value) =>
        value.Length > 0 && (value[0] is '=' or '@' or '\t' or '\r' || (value[0] is '+' or '-' && value.AsSpan().IndexOfAny("(|!") >= 0));

    /// <summary>Writes a text cell exactly as given (a cell read back from a table, already neutralised there).</summary>
    public CsvTable Raw(string? value)
    {
        _csv.WriteField(value ?? "");
        return this;
    }

    /// <summary>Writes an integer cell.</summary>
    public CsvTable Int(long value)
    {
        _csv.WriteField(value, default);
        return this;
    }

    /// <summary>Writes a number cell in invariant culture, round-trip precision; null writes an empty cell.</summary>
    public CsvTable Number(double? value)
    {
        if (value is { } v) _csv.WriteField(v, "R");
        else _csv.WriteField("");
        return this;
    }

    /// <summary>Copies a record written by an earlier run verbatim (including its line ending).</summary>
    public void WriteRaw(string record)
    {
        _csv.Flush();
        _stream.Write(record);
        Rows++;
    }

    /// <summary>Pushes everything written so far to the operating system (after each article).</summary>
    public void FlushToDisk()
    {
        _csv.Flush();
        _stream.Flush();
    }

    /// <summary>The header line as written.</summary>
    public string HeaderLine => HeaderFor(Columns);

    /// <summary>The header line a table with these columns starts with.</summary>
    public static string HeaderFor(IReadOnlyList<string> columns) => string.Join(",", columns) + "\r\n";

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        _csv.EndRecord();
        Rows++;
    }

    /// <summary>Flushes and renames the temporary file to its final name.</summary>
    public void Commit()
    {
        _csv.Flush();
        _csv.Dispose();
        _stream.Dispose();
        File.Move(_tempPath, _path, overwrite: true);
        _committed = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_committed) return;
        _csv.Dispose();
        _stream.Dispose();
    }
}
