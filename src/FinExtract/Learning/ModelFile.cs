using System.IO.Compression;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace FinExtract.Learning;

/// <summary>
/// What every model file of the project shares: it opens with a magic string and a version, is written plain or
/// gzip-compressed (the reader tells them apart by the gzip header), and a file that ends too soon or opens with
/// the wrong header is refused with the file's name and the reason.
/// </summary>
internal static class ModelFile
{
    /// <summary>A writer positioned after the header.</summary>
    public static BinaryWriter Create(string path, string magic, string version, bool gzip = false)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Stream file = File.Create(path);
        var w = new BinaryWriter(new BufferedStream(gzip ? new GZipStream(file, CompressionLevel.Optimal) : file, 1 << 16), Encoding.UTF8);
        w.Write(magic);
        w.Write(version);
        return w;
    }

    /// <summary>Checks the header, then reads the rest with <paramref name="read"/> (given the reader and its stream, for block reads).</summary>
    public static T Read<T>(string path, string magic, string version, string what, Func<BinaryReader, Stream, T> read)
    {
        using var file = File.OpenRead(path);
        bool gzip = file.ReadByte() == 0x1F && file.ReadByte() == 0x8B;
        file.Position = 0;
        using var stream = new BufferedStream(gzip ? new GZipStream(file, CompressionMode.Decompress) : file, 1 << 16);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (r.ReadString() != magic || r.ReadString() != version) throw new InvalidDataException($"{path}: not {what} of version {version}");
            return read(r, stream);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{path}: not {what} (it ends too soon)", e);
        }
    }

    /// <summary>
    /// The labels (in score order), weights by class and biases of the maximum-entropy predictor in a fitted ML.NET
    /// chain: what each model file keeps of ML.NET's model.
    /// </summary>
    public static (string[] Labels, VBuffer<float>[] Weights, float[] Bias) MaximumEntropy(ITransformer model, DataViewSchema inputSchema)
    {
        var predictor = ((IEnumerable<ITransformer>)model).OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().Single();
        VBuffer<float>[] weights = Array.Empty<VBuffer<float>>();
        predictor.Model.GetWeights(ref weights, out int classes);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(inputSchema)["Score"].GetSlotNames(ref names);
        var labels = names.DenseValues().Select(x => x.ToString()).ToArray();
        if (labels.Length != classes) throw new InvalidDataException($"the model has {classes} classes but {labels.Length} label names");
        return (labels, weights, predictor.Model.GetBiases().ToArray());
    }
}
