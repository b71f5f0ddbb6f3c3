// Namespaces used across the web project (one in three files or more); a file's own usings name what is special about it.
// FamilyFirst.Web.Infrastructure also brings the council clock's members (time.Today, time.ToCouncilTime(...))
// wherever a TimeProvider is read.
global using FamilyFirst.Web.Data;
global using FamilyFirst.Web.Infrastructure;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.EntityFrameworkCore;
