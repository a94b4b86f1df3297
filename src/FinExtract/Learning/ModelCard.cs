namespace FinExtract.Learning;

/// <summary>What training measured, written beside the model as its card.</summary>
public sealed record ModelCard(string Model, string Version, string CorpusFile, string CorpusSha256, int Seed, string[] Labels,
    int TrainExamples, int TestExamples, double MicroAccuracy, double MacroAccuracy, double LogLoss, Dictionary<string, double> PerClassRecall,
    string MlNetVersion)
{
    /// <summary>Cross-validation on the training documents (null when training was asked for none).</summary>
    public CrossValidationResult? CrossValidation { get; init; }
}
