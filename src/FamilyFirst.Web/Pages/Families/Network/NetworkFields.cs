using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Families;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyFirst.Web.Pages.Families.Network;

/// <summary>A wider network member's contact details and whether they may be contacted, as typed on the add and change pages.</summary>
public sealed class NetworkFields
{
    [Display(Name = "Phone number (optional)")]
    public string? Phone { get; set; }

    [Display(Name = "Email address (optional)")]
    public string? Email { get; set; }

    [Display(Name = "May they be contacted?")]
    [Required(ErrorMessage = "Select yes if they may be contacted")]
    public string? MayBeContacted { get; set; }

    [Display(Name = "Why must they not be contacted?")]
    [StringLength(2000, ErrorMessage = "Reason must be 2,000 characters or less")]
    public string? NotToBeContactedReason { get; set; }

    [Display(Name = "Court order (optional)")]
    [StringLength(200, ErrorMessage = "Court order must be 200 characters or less")]
    public string? ContactOrder { get; set; }

    [Display(Name = "When does the order end? (optional)")]
    public DateOnly? ContactOrderEndsOn { get; set; }

    /// <summary>Applies the details to the member; problems go on the fields they are about.</summary>
    public bool ApplyTo(NetworkMember member, ModelStateDictionary modelState, string prefix, DateOnly today)
    {
        var contact = member.ChangeContactDetails(Phone, Email, member.Address);
        if (!contact.Succeeded)
        {
            modelState.AddModelError($"{prefix}.{(contact.Field == nameof(NetworkMember.Email) ? nameof(Email) : nameof(Phone))}", contact.Error!);
            return false;
        }

        if (MayBeContacted == "no")
        {
            var refused = member.RestrictContact(NotToBeContactedReason, ContactOrder, ContactOrderEndsOn, today);
            if (!refused.Succeeded)
            {
                var field = refused.Field switch
                {
                    nameof(ContactRestriction.Order) => nameof(ContactOrder),
                    nameof(ContactRestriction.OrderEndsOn) => nameof(ContactOrderEndsOn),
                    _ => nameof(NotToBeContactedReason),
                };
                modelState.AddModelError($"{prefix}.{field}", refused.Error!);
                return false;
            }
        }
        else
        {
            member.AllowContact();
        }

        return true;
    }

    public static NetworkFields From(NetworkMember member) => new()
    {
        Phone = member.Phone,
        Email = member.Email,
        MayBeContacted = member.MayBeContacted ? "yes" : "no",
        NotToBeContactedReason = member.NotToBeContactedReason,
        ContactOrder = member.ContactOrder,
        ContactOrderEndsOn = member.ContactOrderEndsOn,
    };
}
