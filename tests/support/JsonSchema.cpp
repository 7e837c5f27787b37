#include "JsonSchema.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace gilde::test
{

namespace
{

// Keywords that describe rather than constrain: skipping them loses no check.
bool isAnnotation(const QString &keyword)
{
    static const QStringList annotations { QStringLiteral("description"), QStringLiteral("title"),
        QStringLiteral("example"), QStringLiteral("examples"), QStringLiteral("$comment"),
        QStringLiteral("$schema"), QStringLiteral("format") };
    return annotations.contains(keyword);
}

bool isIntegral(const QJsonValue &value)
{
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return isIntegral(value) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"integer")
        return value.isDouble() && isIntegral(value);
    if (type == u"number")
        return value.isDouble();
    return typeOf(value) == type;
}

QString at(const QString &path)
{
    return path.isEmpty() ? QStringLiteral("(root)") : path;
}

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

class Validator
{
public:
    QStringList errors;

    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path)
    {
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            static const QStringList understood { QStringLiteral("type"), QStringLiteral("properties"),
                QStringLiteral("required"), QStringLiteral("additionalProperties"), QStringLiteral("items") };
            if (!understood.contains(it.key()) && !isAnnotation(it.key()))
                errors << at(path) + QStringLiteral(": schema keyword \"%1\" is not supported").arg(it.key());
        }
        // A value of the wrong type has no properties or items worth reporting on.
        if (schema.contains(QLatin1String("type")) && !checkType(value, schema.value(QLatin1String("type")), path))
            return;
        if (value.isObject())
            checkObject(value.toObject(), schema, path);
        else if (value.isArray() && schema.contains(QLatin1String("items")))
            checkItems(value.toArray(), schema.value(QLatin1String("items")), path);
    }

private:
    bool checkType(const QJsonValue &value, const QJsonValue &type, const QString &path)
    {
        QStringList allowed;
        if (type.isString()) {
            allowed << type.toString();
        } else {
            const QJsonArray list = type.toArray();
            for (const QJsonValue &t : list)
                allowed << t.toString();
        }
        for (const QString &t : std::as_const(allowed)) {
            if (hasType(value, t))
                return true;
        }
        errors << at(path) + QStringLiteral(": expected %1, got %2").arg(allowed.join(QLatin1String(" or ")), typeOf(value));
        return false;
    }

    void checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &path)
    {
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonArray required = schema.value(QLatin1String("required")).toArray();
        for (const QJsonValue &name : required) {
            if (!object.contains(name.toString()))
                errors << member(path, name.toString()) + QStringLiteral(": required property missing");
        }
        const QJsonValue additional = schema.value(QLatin1String("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString where = member(path, it.key());
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), where);
            else if (additional.isBool() && !additional.toBool())
                errors << where + QStringLiteral(": property not allowed (additionalProperties is false)");
            else if (additional.isObject())
                check(it.value(), additional.toObject(), where);
        }
    }

    void checkItems(const QJsonArray &array, const QJsonValue &items, const QString &path)
    {
        const QJsonObject itemSchema = items.toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), itemSchema, path + QStringLiteral("[%1]").arg(i));
    }
};

} // namespace

QStringList validateJson(const QJsonValue &value, const QJsonObject &schema)
{
    Validator validator;
    validator.check(value, schema, QString());
    return validator.errors;
}

QJsonObject loadSchema(const QString &name)
{
    return QJsonDocument::fromJson(fixture(QStringLiteral("discourse/schemas/") + name + QStringLiteral(".json"))).object();
}

} // namespace gilde::test
