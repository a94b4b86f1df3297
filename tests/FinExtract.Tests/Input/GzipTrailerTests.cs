using System.IO.Compression;
using System.Text;
using FinExtract.Input;
using FinExtract.Pipeline;

namespace FinExtract.Tests.Input;

public class GzipTrailerTests
{
    [Fact]
    public void Crc32_IsTheOneGzipUses()
    {
        // The standard check value of CRC-32 (IEEE 802.3): the CRC of the nine ASCII digits "123456789".
        Assert.Equal(0xCBF43926u, GzipTrailer.Crc32("123456789"u8));
        Assert.Equal(0u, GzipTrailer.Crc32(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void AFileWhoseDataDoesNotMatchItsTrailer_IsRefused_AndAWholeOneIsNot()
    {
        string dir = Directory.CreateTempSubdirectory("gztrailer").FullName;
        try
        {
            byte[] data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>The harbour board met on Monday.</p>", 200)));
            using var ms = new MemoryStream();
            using (var gz = new GZipStream(ms, CompressionLevel.Optimal)) gz.Write(data);
            string path = Path.Combine(dir, "page.html.gz");
            File.WriteAllBytes(path, ms.ToArray());
            GzipTrailer.Check(path, data);
            byte[] other = (byte[])data.Clone();
            other[100] ^= 1;
            var e = Assert.Throws<StageException>(() => GzipTrailer.Check(path, other));
            Assert.Contains("CRC-32", e.Message);
        }
        finally { Directory.Delete(dir, true); }
    }
}
