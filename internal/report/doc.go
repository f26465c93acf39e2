// Package report holds the year-end report on a poverty-reduction plan
// (BÁO CÁO kết quả thực hiện kế hoạch giảm nghèo): what happened in each
// unit during the year, the checks of those movements against the plan, and
// the report's computed table.
//
// The plan gives each unit's households, poor households and reduction
// target at the start of the year; the report's data adds the households at
// the end of the year and the households that left poverty, fell back into
// it, or became poor. Every other figure of the table is computed here.
package report
