#pragma once

class QTreeWidgetItem;
class QString;

namespace iha::StepMarks {

// The mark before a check or step: a symbol, a colour and words (for screen readers too).
enum Mark
{
    Waiting,
    Running,
    Done,
    AlreadyDone,
    Failed,
    NeedsWord, // only the operator's word can settle it
};

void set(QTreeWidgetItem *item, Mark mark);
// The reason under the line, wrapped.
void addMessage(QTreeWidgetItem *item, const QString &message);

} // namespace iha::StepMarks
