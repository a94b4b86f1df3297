namespace FinExtract.Pipeline;

/// <summary>A coded failure of one stage on one article; the batch records it and goes on.</summary>
public sealed class StageException : Exception
{
    /// <summary>Creates the exception with a code from <see cref="ErrorCodes"/> and a message telling the user what to do.</summary>
    public StageException(string code, string message) : base(message) => Code = code;

    /// <summary>The error code (see <see cref="ErrorCodes"/>).</summary>
    public string Code { get; }
}
