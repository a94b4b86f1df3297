using System.Buffers.Binary;
using FinExtract.Pipeline;

namespace FinExtract.Input;

/// <summary>
/// Checks a .gz file's trailer against what it decompressed to. A truncated gzip stream decompresses
/// without an error to part of the page, so the length and CRC-32 the last member records are compared
/// with the end of the data (the last member's data is the data's last ISIZE bytes, which also holds for
/// files made of several members).
/// </summary>
public static class GzipTrailer
{
    /// <summary>Throws input.decode when the trailer does not match the decompressed bytes.</summary>
    public static void Check(string path, byte[] data)
    {
        Span<byte> trailer = stackalloc byte[8];
        long length;
        using (var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            length = fs.Length;
            if (length < 18) throw Truncated($"the file has {length} bytes, fewer than a gzip header and trailer");
            fs.Seek(-8, SeekOrigin.End);
            fs.ReadExactly(trailer);
        }
        uint crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        uint size = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        if (size > data.Length)
            throw Truncated($"its trailer records {size:N0} bytes but it decompressed to {data.Length:N0}");
        uint actual = Crc32(data.AsSpan(data.Length - (int)size));
        if (actual != crc)
            throw Truncated($"the CRC-32 of the decompressed data ({actual:x8}) does not match its trailer ({crc:x8})");
    }

    private static StageException Truncated(string why) =>
        new(ErrorCodes.InputDecode, $"the .gz file is truncated or corrupt: {why}; download or copy it again");

    /// <summary>CRC-32 (IEEE 802.3, the one gzip uses), vectorised by System.IO.Hashing.</summary>
    public static uint Crc32(ReadOnlySpan<byte> data) => System.IO.Hashing.Crc32.HashToUInt32(data);
}
