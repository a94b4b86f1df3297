using System.Text;
using CsvHelper;

namespace FinExtract.Output;

/// <summary>
/// Reads a table this tool wrote, record by record, as the exact text of each record (CsvHelper's RawRecord, with the
/// CRLF every table's records end with), so that rows of an earlier run or of a part can be copied verbatim. The first
/// record is the header. Callers read only as many records as a manifest lists, so a record a killed run was cut off
/// in (after the last one the manifest counts) is never read.
/// </summary>
public sealed class RawCsvReader : IDisposable
{
    private readonly CsvReader _csv;

    /// <summary>Opens a file.</summary>
    public RawCsvReader(string path) => _csv = CsvReader.FromFile(path, new CsvReaderOptions
    {
        Separator = ',', HasHeader = false, SkipEmptyLines = false, CommentPrefix = null, DetectSeparatorHint = false,
        MaxRecordSize = int.MaxValue, PoolStrings = false,
    });

    /// <summary>The next record with its line ending, or null at the end.</summary>
    public string? Next() => _csv.Read() ? Encoding.UTF8.GetString(_csv.RawRecord) + "\r\n" : null;

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();
}
