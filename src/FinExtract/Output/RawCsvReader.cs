using System.Text;

namespace FinExtract.Output;

/// <summary>
/// Reads an RFC 4180 file record by record as raw text (line ending included), so that rows of an earlier
/// run can be copied verbatim. A last record cut off by a killed run (no line ending, or an open quote) is
/// not returned.
/// </summary>
public sealed class RawCsvReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly StringBuilder _sb = new();

    /// <summary>Opens a file.</summary>
    public RawCsvReader(string path) => _reader = new StreamReader(path, new UTF8Encoding(false), false, 1 << 16);

    /// <summary>The next complete record, or null at the end.</summary>
    public string? Next()
    {
        _sb.Clear();
        bool inQuotes = false;
        int c;
        while ((c = _reader.Read()) >= 0)
        {
            char ch = (char)c;
            _sb.Append(ch);
            if (ch == '"') inQuotes = !inQuotes; // an escaped "" toggles twice
            else if (ch == '\n' && !inQuotes) return _sb.ToString();
        }
        return null;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
