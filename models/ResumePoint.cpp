#include "models/ResumePoint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <algorithm>

namespace iha {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResumePoint)
};

// v2: with the cluster file, without the descriptions.
const QString kFingerprintPrefix = QStringLiteral("plan fingerprint v2 ");
const QString kFirstFingerprintPrefix = QStringLiteral("plan fingerprint sha256:");

} // namespace

QString planFingerprint(const Plan &plan)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString &field) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':' + bytes);
    };
    add(plan.procedure);
    add(plan.cluster);
    add(plan.basis);
    for (const QList<Step> *part : {&plan.preflight, &plan.steps}) {
        add(QString::number(part->size()));
        for (const Step &step : *part) {
            // Not the description: it is in the operator's language, and a run started in one
            // resumes in another. What it names (the files a step changes) comes from the
            // cluster file, hashed above.
            add(step.node);
            add(step.preview);
            add(step.dangerous ? QStringLiteral("dangerous") : QString());
        }
    }
    return kFingerprintPrefix + QStringLiteral("sha256:") +
           QString::fromLatin1(hash.result().toHex());
}

ResumePoint resumePoint(const QList<AuditEntry> &runEntries, const Plan &plan)
{
    ResumePoint point;
    QString recorded;
    QSet<int> done;
    for (const AuditEntry &entry : runEntries) {
        if (entry.stepNumber == 0 && entry.outcome == QLatin1String("started") &&
            entry.command.startsWith(kFingerprintPrefix) && recorded.isEmpty())
            recorded = entry.command;
        if (entry.stepNumber > 0 && (entry.outcome == QLatin1String("succeeded") ||
                                     entry.outcome == QLatin1String("skipped")))
            done.insert(entry.stepNumber);
    }
    if (recorded.isEmpty() &&
        std::any_of(runEntries.cbegin(), runEntries.cend(), [](const AuditEntry &entry) {
            return entry.command.startsWith(kFirstFingerprintPrefix);
        })) {
        point.error = Tr::tr("the run was started by an earlier version, whose record of the "
                             "plan this one cannot compare: start a new run (the cluster lock the "
                             "run may hold is released with: inmanta-ha-cli --cluster FILE lock "
                             "release %1)")
                          .arg(runEntries.constFirst().runId);
        return point;
    }
    if (recorded.isEmpty()) {
        point.error = Tr::tr("the audit log has no record of how this run started (its "
                             "plan fingerprint): start a new run");
        return point;
    }
    if (recorded != planFingerprint(plan)) {
        point.error = Tr::tr("the plan changed since the run started (another node "
                             "chosen, or the cluster file, settings or version): choose "
                             "the node the run worked on, or start a new run, which "
                             "checks every step again");
        return point;
    }
    while (point.firstStep < plan.steps.size() && done.contains(point.firstStep + 1))
        ++point.firstStep;
    return point;
}

} // namespace iha
