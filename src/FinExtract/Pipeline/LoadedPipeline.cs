using System.Security.Cryptography;
using System.Text;

namespace FinExtract.Pipeline;

/// <summary>A validated configuration and the stages built from it, in order.</summary>
public sealed class LoadedPipeline
{
    /// <summary>Creates the pipeline.</summary>
    public LoadedPipeline(PipelineConfig config, IReadOnlyList<IStage> stages, string configText)
    {
        Config = config;
        Stages = stages;
        ConfigText = configText;
        ConfigHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(configText)));
        // hashed beside the first articles' work (reading and hashing the models is some tens of ms); the run's
        // manifest, which opens with it, is started when the first article is written
        string configHash = ConfigHash;
        _fingerprint = Task.Run(() => ComputeFingerprint(config, configHash));
    }

    private readonly Task<string> _fingerprint;

    /// <summary>The resolved configuration.</summary>
    public PipelineConfig Config { get; }

    /// <summary>The stages, in the order they run.</summary>
    public IReadOnlyList<IStage> Stages { get; }

    /// <summary>The configuration text as read.</summary>
    public string ConfigText { get; }

    /// <summary>SHA-256 of the configuration text.</summary>
    public string ConfigHash { get; }

    /// <summary>
    /// SHA-256 over everything that decides the output: the config text, the content of every file it
    /// names (rules, gazetteers, models), the word lists under Resources/lexicon, the tool version and the build of the library. Two
    /// runs with the same fingerprint and the same input bytes write the same rows; --resume keeps an
    /// earlier run's rows only when the fingerprints agree.
    /// </summary>
    public string Fingerprint => _fingerprint.GetAwaiter().GetResult();

    private static string ComputeFingerprint(PipelineConfig config, string configHash)
    {
        var sb = new StringBuilder();
        sb.Append("config ").Append(configHash).Append('\n');
        sb.Append("lexicon ").Append(Text.Lexicon.ContentHash).Append('\n');
        sb.Append("tool ").Append(BatchRunner.ToolVersion).Append(' ').Append(typeof(LoadedPipeline).Assembly.ManifestModule.ModuleVersionId).Append('\n');
        List<string> files;
        lock (config.FilesRead) files = config.FilesRead.OrderBy(f => f, StringComparer.Ordinal).ToList();
        foreach (var f in files)
        {
            string hash;
            try { hash = File.Exists(f) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))) : "missing"; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { hash = "unreadable"; }
            // The path relative to the config's folder, so the same checkout moved elsewhere keeps its fingerprint.
            sb.Append(Path.GetRelativePath(config.BaseDirectory, f).Replace('\\', '/')).Append(' ').Append(hash).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
