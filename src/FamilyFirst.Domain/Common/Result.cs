namespace FamilyFirst.Domain.Common;

/// <summary>The outcome of an action the practice rules may refuse: success, or a plain-English reason why not.</summary>
public sealed class Result
{
    private Result(bool succeeded, string? error, string? field)
    {
        Succeeded = succeeded;
        Error = error;
        Field = field;
    }

    public bool Succeeded { get; }

    /// <summary>A message a person can act on, in the Design System's wording. Null on success.</summary>
    public string? Error { get; }

    /// <summary>
    /// Which answer the error is about, named as the property it sets (for example <c>OrderEndsOn</c>, as
    /// <see cref="Enquiries.FieldError"/> names them) or, where it sets none, as the method's parameter (for example
    /// <c>reasonForLeavingOut</c>), so a form shows it by that field without reading the message; null when it is about
    /// the whole thing.
    /// </summary>
    public string? Field { get; }

    public static Result Ok() => new(true, null, null);

    public static Result Fail(string error, string? field = null) => new(false, error, field);
}

/// <summary>A value, or a plain-English reason it could not be produced.</summary>
public sealed class Result<T>
{
    private Result(T? value, string? error, string? field)
    {
        Value = value;
        Error = error;
        Field = field;
    }

    public T? Value { get; }

    public string? Error { get; }

    /// <summary>Which answer the error is about (see <see cref="Result.Field"/>); null when it is about the whole thing.</summary>
    public string? Field { get; }

    public bool Succeeded => Error is null;

    public static Result<T> Ok(T value) => new(value, null, null);

    public static Result<T> Fail(string error, string? field = null) => new(default, error, field);

    /// <summary>Passes on another refusal, with the answer it is about.</summary>
    public static Result<T> Fail(Result refused) => new(default, refused.Error, refused.Field);

    /// <summary>Passes on another refusal, with the answer it is about.</summary>
    public static Result<T> Fail<TOther>(Result<TOther> refused) => new(default, refused.Error, refused.Field);
}
