#include "app/ScramVerifier.h"

#include "models/SaslPrep.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace iha {

QString scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, saslPrep(password), salt, iterations, 32);
    const QByteArray clientKey =
        QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey =
        QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString scramVerifier(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / 4);
    return scramVerifier(password, salt);
}

QString scramVerifierLike(const QString &password, const QString &iterationsAndSalt)
{
    const QStringList params = iterationsAndSalt.split(QLatin1Char(':'));
    bool numeric = false;
    const int iterations = params.value(0).toInt(&numeric);
    if (params.size() != 2 || !numeric || iterations <= 0 || params.at(1).isEmpty())
        return {};
    return scramVerifier(password, QByteArray::fromBase64(params.at(1).toLatin1()), iterations);
}

} // namespace iha
