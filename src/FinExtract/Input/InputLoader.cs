using System.IO.Compression;
using System.Security.Cryptography;
using FinExtract.Documents;
using FinExtract.Pipeline;

namespace FinExtract.Input;

/// <summary>Reads an input file into an <see cref="Article"/>: size limit, gzip, binary check, decoding.</summary>
public static class InputLoader
{
    /// <summary>Loads one file. Throws <see cref="StageException"/> with an input.* code for a bad file.</summary>
    public static Article Load(InputFile file, InputConfig config) => FromBytes(file, Read(file, config));

    /// <summary>Reads a file's bytes (decompressed), enforcing the size limit.</summary>
    public static byte[] Read(InputFile file, InputConfig config)
    {
        byte[] bytes = ReadBytes(file, config.MaxFileBytes);
        if (file.Compressed && bytes.Length == 0 && new FileInfo(file.FullPath).Length > 0)
            throw new StageException(ErrorCodes.InputDecode, "the .gz file is truncated or corrupt: it decompresses to nothing");
        if (file.Compressed) GzipTrailer.Check(file.FullPath, bytes);
        return bytes;
    }

    /// <summary>SHA-256 of the content, lower-case hex: the identity resumed runs compare.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Builds the article from bytes already read (used by tests and the loader).</summary>
    public static Article FromBytes(InputFile file, byte[] bytes, string? hash = null)
    {
        hash ??= Hash(bytes);
        if (IsBlank(bytes))
            throw new StageException(ErrorCodes.InputEmpty, bytes.Length == 0 ? "the file is empty (0 bytes)" : "the file holds only white space");
        if (LooksBinary(bytes, out string why))
            throw new StageException(ErrorCodes.InputBinary, $"the file is not text ({why}); only HTML and plain text are read");
        bool html = file.Extension is not ".txt";
        var decoded = TextDecoder.Decode(bytes, html);
        string text = decoded.Text;
        if (text.Contains('\0')) text = text.Replace("\0", "");
        var format = html ? InputFormat.Html : InputFormat.Text;
        if (!html) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var article = new Article(file.ArticleId, file.SourcePath, hash, format, text)
        {
            Encoding = $"{decoded.EncodingName} ({decoded.How})",
        };
        article.Layers.Add(ConfigLoader.SourceLayer);
        return article;
    }

    private static byte[] ReadBytes(InputFile file, long max)
    {
        try
        {
            long length = file.Compressed ? 0 : new FileInfo(file.FullPath).Length;
            if (length > max) throw TooLarge($"the file is {length:N0} bytes,", max);
            // One array of the file's size where the size is known: a stream copied into a growing buffer allocates three times the page.
            if (length > 0 && ReadExactly(file.FullPath, length) is { } whole) return whole;
            return ReadStream(file, max);
        }
        catch (InvalidDataException e)
        {
            throw new StageException(ErrorCodes.InputDecode, $"the .gz file is corrupt or not gzip: {e.Message}");
        }
        catch (IOException e)
        {
            throw new StageException(ErrorCodes.InputUnreadable, $"the file could not be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StageException(ErrorCodes.InputUnreadable, $"permission denied: {e.Message}");
        }
    }

    /// <summary>The file's bytes when it still has the size it was listed with (shorter is fine); null when it grew since.</summary>
    private static byte[]? ReadExactly(string path, long length)
    {
        var bytes = new byte[length];
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        int got = 0, n;
        while (got < bytes.Length && (n = fs.Read(bytes, got, bytes.Length - got)) > 0) got += n;
        if (fs.ReadByte() >= 0) return null;
        if (got < bytes.Length) Array.Resize(ref bytes, got);
        return bytes;
    }

    /// <summary>Reads a stream to its end (a .gz decompressed), stopping at the size limit: a file that never ends is not read forever.</summary>
    private static byte[] ReadStream(InputFile file, long max)
    {
        using var fs = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using Stream s = file.Compressed ? new GZipStream(fs, CompressionMode.Decompress) : fs;
        var ms = new MemoryStream();
        var buf = new byte[1 << 16];
        int n;
        while ((n = s.Read(buf, 0, buf.Length)) > 0)
        {
            if (ms.Length + n > max) throw TooLarge(file.Compressed ? "the decompressed file is" : "the file is", max);
            ms.Write(buf, 0, n);
        }
        return ms.ToArray();
    }

    private static StageException TooLarge(string what, long max) => new(ErrorCodes.InputTooLarge,
        $"{what} over input.maxFileBytes ({max:N0} bytes); raise the limit in pipeline.json to read it");

    private static bool IsBlank(byte[] bytes)
    {
        foreach (byte b in bytes)
            if (b is not (0x20 or 0x09 or 0x0A or 0x0D or 0x0C)) return false;
        return true;
    }

    /// <summary>
    /// True for content that is not text: NUL bytes in more than one byte in a hundred (unless the file is UTF-16 with a BOM)
    /// or many control characters in the first 8 KiB, or a PDF.
    /// </summary>
    public static bool LooksBinary(byte[] bytes, out string why)
    {
        why = "";
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) return false;
        int n = Math.Min(bytes.Length, 8192), nul = 0, ctl = 0;
        for (int i = 0; i < n; i++)
        {
            byte b = bytes[i];
            if (b == 0) nul++;
            else if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C or 0x1B)) ctl++;
        }
        // a stray NUL or two in a page (a broken database field, a bad proxy) is dropped on reading, as browsers do; binaries hold many
        if (nul * 100 > n) { why = $"{nul} NUL byte(s) in the first {n} bytes"; return true; }
        if (ctl * 20 > n) { why = $"{ctl} control characters in the first {n} bytes"; return true; }
        if (bytes.Length > 4 && bytes[0] == 0x25 && bytes[1] == 0x50 && bytes[2] == 0x44 && bytes[3] == 0x46) { why = "a PDF file"; return true; }
        return false;
    }
}
