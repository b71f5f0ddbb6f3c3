// The council clock's members (time.Today, time.ToCouncilTime(...)) wherever a TimeProvider is read.
global using FamilyFirst.Web.Infrastructure;
