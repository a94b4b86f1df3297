using System.Runtime.InteropServices;

namespace FinExtract.Learning;

/// <summary>
/// The topic model's file, uncompressed (git compresses it in the repository anyway; a gzip-compressed copy of the
/// same layout reads too): a header (magic, features version, labels, the numbers of slots, gram characters and
/// non-zero weights), then arrays written whole so that loading is a few block copies: the biases, each gram's
/// length, the grams' UTF-16 code units one after another (a character 4-gram can cut an emoji's surrogate pair in
/// two, and UTF-8 would turn every lone half into the same replacement character), the idf, the number of non-zero
/// weights of each slot, their classes and their values. Numbers are little-endian, as on every machine .NET runs
/// on here. The same model gives the same bytes.
/// </summary>
internal static class TopicModelFile
{
    private const string Magic = "finextract-topics";

    /// <summary>What the file holds.</summary>
    internal sealed record Contents(string[] Labels, float[] Bias, TopicFeatures Features, SlotWeights Weights);

    public static void Write(string path, Contents m)
    {
        using var w = ModelFile.Create(path, Magic, TopicModel.Version);
        w.Write(m.Labels.Length);
        foreach (var l in m.Labels) w.Write(l);
        var (chars, lengths, idf) = m.Features.Arrays();
        var (rowStart, classes, values) = m.Weights;
        var counts = new byte[lengths.Length];
        for (int s = 0; s < counts.Length; s++) counts[s] = (byte)(rowStart[s + 1] - rowStart[s]);
        w.Write(lengths.Length);
        w.Write(chars.Length);
        w.Write(values.Length);
        w.Flush();
        var output = w.BaseStream;
        output.Write(MemoryMarshal.AsBytes(m.Bias.AsSpan()));
        output.Write(MemoryMarshal.AsBytes(lengths.AsSpan()));
        output.Write(MemoryMarshal.AsBytes(chars.AsSpan()));
        output.Write(MemoryMarshal.AsBytes(idf.AsSpan()));
        output.Write(counts);
        output.Write(classes);
        output.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static Contents Read(string path) => ModelFile.Read(path, Magic, TopicModel.Version, "a topic model", (r, stream) =>
    {
        var labels = new string[r.ReadInt32()];
        for (int i = 0; i < labels.Length; i++) labels[i] = r.ReadString();
        int slots = r.ReadInt32(), charCount = r.ReadInt32(), nonzero = r.ReadInt32();
        int k = labels.Length;
        if (k is < 2 or > 255 || slots < 0 || charCount < 0 || nonzero < 0 || nonzero > (long)slots * k)
            throw new InvalidDataException($"{path}: not a topic model (impossible sizes)");
        var bias = ReadArray<float>(stream, k);
        var lengths = ReadArray<int>(stream, slots);
        var chars = ReadArray<char>(stream, charCount);
        var idf = ReadArray<float>(stream, slots);
        var counts = ReadArray<byte>(stream, slots);
        var classes = ReadArray<byte>(stream, nonzero);
        var values = ReadArray<float>(stream, nonzero);
        var rowStart = new int[slots + 1];
        for (int s = 0; s < slots; s++) rowStart[s + 1] = rowStart[s] + counts[s];
        if (counts.Any(c => c > k) || rowStart[slots] != nonzero || classes.Any(c => c >= k))
            throw new InvalidDataException($"{path}: not a topic model (a weight out of place)");
        return new Contents(labels, bias, new TopicFeatures(chars, lengths, idf), new SlotWeights(rowStart, classes, values));
    });

    private static T[] ReadArray<T>(Stream s, int count) where T : struct
    {
        var array = new T[count];
        s.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }
}
