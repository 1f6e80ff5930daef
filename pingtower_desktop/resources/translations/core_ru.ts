<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>core</name>
        <message>
            <location filename="../../channel_kinds.py" line="19" />
            <source>Python bot</source>
            <translation>Python-бот</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="65" />
            <source>Value error,</source>
            <translation>Ошибка значения,</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="67" />
            <source>is not a key of this channel type</source>
            <translation>не является параметром этого типа канала</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="69" />
            <source>is required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="136" />
            <source>must be an object of keys and values</source>
            <translation>должно быть объектом из ключей и значений</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="206" />
            <source>unknown channel type '%1' (known: %2)</source>
            <translation>неизвестный тип канала «%1» (известные: %2)</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="211" />
            <source>must not be blank</source>
            <translation>не может быть пустым</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="213" />
            <source>must be text (it holds a broken character)</source>
            <translation>должно быть текстом (содержит повреждённый символ)</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="216" />
            <source>must be at most %1 characters</source>
            <translation>не длиннее %1 символов</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="247" />
            <source>must be an object with name, type and configuration</source>
            <translation>должно быть объектом с полями name, type и configuration</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="23" />
            <source>must be an http:// or https:// URL</source>
            <translation>должен быть адрес http:// или https://</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="25" />
            <source>must name a host, e.g. https://example.com/path</source>
            <translation>должен содержать имя хоста, например https://example.com/path</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="29" />
            <source>has a port that is not a number from 1 to 65535</source>
            <translation>порт должен быть числом от 1 до 65535</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="31" />
            <source>must not contain spaces</source>
            <translation>не должен содержать пробелов</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="42" />
            <source>must be a host name or IP address, e.g. smtp.gmail.com</source>
            <translation>должно быть именем хоста или IP-адресом, например smtp.gmail.com</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="49" />
            <source>'%1' is not an e-mail address like name@example.com</source>
            <translation>«%1» — не адрес электронной почты вида name@example.com</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="57" />
            <source>needs at least one e-mail address</source>
            <translation>нужен хотя бы один адрес электронной почты</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="68" />
            <source>must look like 123456789:ABCdef… (digits, a colon, then letters, digits, _ or -)</source>
            <translation>должен выглядеть как 123456789:ABCdef… (цифры, двоеточие, затем буквы, цифры, _ или -)</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="75" />
            <source>must be a number such as -1001234567890 or a public @channelname</source>
            <translation>должен быть числом, например -1001234567890, или публичным @именемканала</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="85" />
            <source>header name '%1' is empty or has characters a header name cannot have</source>
            <translation>имя заголовка «%1» пустое или содержит недопустимые символы</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="87" />
            <source>the value of header '%1' must not contain a line break</source>
            <translation>значение заголовка «%1» не должно содержать перевода строки</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="95" />
            <source>must be a header name such as X-Signature-256</source>
            <translation>должно быть именем заголовка, например X-Signature-256</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Gmail:</source>
            <translation>Gmail:</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Gmail</source>
            <translation>Gmail</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Outlook/Hotmail</source>
            <translation>Outlook/Hotmail</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Yahoo</source>
            <translation>Yahoo</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Custom</source>
            <translation>Свой сервер</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>From</source>
            <translation>Отправитель</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>To</source>
            <translation>Получатели</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="20" />
            <source>1. Turn on 2-step verification in the Google account.</source>
            <translation>1. Включите двухэтапную аутентификацию в аккаунте Google.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="20" />
            <source>2. Create an app password: Google account → Security → App passwords.</source>
            <translation>2. Создайте пароль приложения: аккаунт Google → Безопасность → Пароли приложений.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="20" />
            <source>3. Use the app password here instead of the normal password.</source>
            <translation>3. Укажите здесь пароль приложения вместо обычного пароля.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="20" />
            <source>Port 587 uses STARTTLS, port 465 implicit TLS; port 25 is usually a relay without TLS or login.</source>
            <translation>Порт 587 использует STARTTLS, порт 465 — неявный TLS; порт 25 обычно служит ретранслятором без TLS и входа.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="36" />
            <source>SMTP server</source>
            <translation>SMTP-сервер</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="38" />
            <source>SMTP port</source>
            <translation>SMTP-порт</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="38" />
            <source>587 for STARTTLS, 465 for implicit TLS.</source>
            <translation>587 для STARTTLS, 465 для неявного TLS.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="41" />
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="41" />
            <source>Leave empty for a relay that needs no login.</source>
            <translation>Оставьте пустым для ретранслятора, которому не нужен вход.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="44" />
            <source>The password or, for Gmail and others, an app password.</source>
            <translation>Пароль или, для Gmail и других сервисов, пароль приложения.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="49" />
            <source>The sender's address.</source>
            <translation>Адрес отправителя.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="54" />
            <source>One or more recipients, separated by commas.</source>
            <translation>Один или несколько получателей через запятую.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="56" />
            <source>Upgrade the connection with STARTTLS (port 587).</source>
            <translation>Защитить соединение командой STARTTLS (порт 587).</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="57" />
            <source>Implicit TLS</source>
            <translation>Неявный TLS</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="57" />
            <source>Connect over TLS from the start (port 465).</source>
            <translation>Подключаться по TLS с самого начала (порт 465).</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="63" />
            <source>choose one: STARTTLS (useTls) or implicit TLS (useSsl), not both</source>
            <translation>выберите что-то одно: STARTTLS (useTls) или неявный TLS (useSsl)</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="65" />
            <source>is required when a password is set</source>
            <translation>обязательно, если задан пароль</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="67" />
            <source>is required when a user name is set</source>
            <translation>обязательно, если задано имя пользователя</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="92" />
            <source>sent to %1 via %2 (%3)</source>
            <translation>отправлено на %1 через %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="108" />
            <source>connected to %1</source>
            <translation>подключение к %1 установлено</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="110" />
            <source>%1 with a trusted certificate</source>
            <translation>%1, сертификат доверенный</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="111" />
            <source>logged in as %1</source>
            <translation>вход выполнен как %1</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="111" />
            <source>no login configured</source>
            <translation>вход не настроен</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="112" />
            <source>; no mail sent</source>
            <translation>; письмо не отправлялось</translation>
        </message>
        <message>
            <location filename="../../channels/fields.py" line="49" />
            <source>CA certificate file</source>
            <translation>Файл сертификата УЦ</translation>
        </message>
        <message>
            <location filename="../../channels/fields.py" line="50" />
            <source>Only for a server whose certificate comes from your organisation's own certificate authority: that CA's certificate (a PEM file) on this computer. It is trusted besides the system's certificates.</source>
            <translation>Только для сервера, чей сертификат выдан собственным удостоверяющим центром вашей организации: сертификат этого УЦ (файл PEM) на этом компьютере. Ему доверяют наряду с системными сертификатами.</translation>
        </message>
        <message>
            <location filename="../../channels/fields.py" line="77" />
            <source>field without a Ui annotation: %1</source>
            <translation>поле без аннотации Ui: %1</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="22" />
            <source>Bot URL</source>
            <translation>Адрес бота</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="22" />
            <source>Where the PingTower Python bot listens.</source>
            <translation>Адрес, на котором работает Python-бот PingTower.</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="27" />
            <source>PingTower user</source>
            <translation>Пользователь PingTower</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="28" />
            <source>The PingTower user the bot notifies when a test names none; that user must have linked Telegram with the bot.</source>
            <translation>Пользователь PingTower, которого бот уведомит, если тест не указывает другого; этот пользователь должен привязать Telegram к боту.</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="40" />
            <source>no reason given</source>
            <translation>причина не указана</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="51" />
            <source>Python bot: a PingTower username is needed — set the channel's PingTower user or name one for the test</source>
            <translation>Python-бот: нужно имя пользователя PingTower — укажите пользователя PingTower в канале или в параметрах теста</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="64" />
            <source>Python bot: %1</source>
            <translation>Python-бот: %1</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="68" />
            <source>The Python bot notified %1 on Telegram</source>
            <translation>Python-бот уведомил %1 в Telegram</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="71" />
            <source>Python bot: %1 has not linked Telegram with the bot (404: %2)</source>
            <translation>Python-бот: %1 не привязал Telegram к боту (404: %2)</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="73" />
            <source>Python bot answered %1: %2</source>
            <translation>Python-бот ответил %1: %2</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="87" />
            <source>The Python bot at %1 is healthy</source>
            <translation>Python-бот на %1 работает</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="88" />
            <source>status %1</source>
            <translation>статус %1</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="88" />
            <source>no status</source>
            <translation>нет статуса</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="89" />
            <source>Python bot at %1 is not healthy: %2, %3</source>
            <translation>Python-бот на %1 неисправен: %2, %3</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="100" />
            <source>Integration with the PingTower Python Telegram bot. Each PingTower user links their Telegram account with the bot; a notification names the user to reach.</source>
            <translation>Интеграция с Python-ботом Telegram от PingTower. Каждый пользователь PingTower привязывает к боту свой аккаунт Telegram; уведомление указывает, кому его доставить.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="0" />
            <source>Slack</source>
            <translation>Slack</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="0" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="22" />
            <source>Creating a Slack webhook:</source>
            <translation>Создание вебхука Slack:</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="22" />
            <source>1. Go to Slack API (api.slack.com/apps).</source>
            <translation>1. Откройте Slack API (api.slack.com/apps).</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="22" />
            <source>2. Create a new app.</source>
            <translation>2. Создайте новое приложение.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="22" />
            <source>3. Under “Incoming Webhooks”, turn webhooks on.</source>
            <translation>3. В разделе «Incoming Webhooks» включите вебхуки.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="22" />
            <source>4. Add a new webhook to the channel you want.</source>
            <translation>4. Добавьте новый вебхук для нужного канала.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="22" />
            <source>5. Copy the webhook URL.</source>
            <translation>5. Скопируйте адрес вебхука.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="35" />
            <source>Webhook URL</source>
            <translation>Адрес вебхука</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="36" />
            <source>The incoming-webhook URL; it grants posting, so it is kept as a secret.</source>
            <translation>Адрес входящего вебхука; он даёт право публикации, поэтому хранится как секрет.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="43" />
            <source>Post to this channel instead of the webhook's own.</source>
            <translation>Публиковать в этот канал вместо канала вебхука.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="44" />
            <source>Bot name</source>
            <translation>Имя бота</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="44" />
            <source>The name the message is posted under.</source>
            <translation>Имя, от которого публикуется сообщение.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="44" />
            <source>PingTower Bot</source>
            <translation>PingTower Bot</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="49" />
            <source>%1 is not hooks.slack.com; fine for Mattermost or Rocket.Chat</source>
            <translation>%1 — не hooks.slack.com; подходит для Mattermost или Rocket.Chat</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="55" />
            <source>the webhook was removed or disabled; create a new one</source>
            <translation>вебхук удалён или отключён; создайте новый</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="56" />
            <source>the webhook URL is wrong or was revoked</source>
            <translation>адрес вебхука неверен или отозван</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="57" />
            <source>the channel does not exist or the webhook cannot post there</source>
            <translation>канал не существует или вебхук не может в него публиковать</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="58" />
            <source>the channel is archived</source>
            <translation>канал в архиве</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="59" />
            <source>a workspace admin does not allow this webhook to post</source>
            <translation>администратор рабочего пространства запретил этому вебхуку публиковать</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="60" />
            <source>only admins may post to that channel</source>
            <translation>в этот канал могут писать только администраторы</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="61" />
            <source>Slack could not read the message</source>
            <translation>Slack не смог прочитать сообщение</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="62" />
            <source>the message was empty</source>
            <translation>сообщение было пустым</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="100" />
            <source>Slack: no webhook URL is set</source>
            <translation>Slack: адрес вебхука не задан</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="108" />
            <source>Posted to Slack (%1 %2)</source>
            <translation>Опубликовано в Slack (%1 %2)</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="108" />
            <source>Posted (%1)</source>
            <translation>Опубликовано (%1)</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="111" />
            <source>Slack answered %1: %2</source>
            <translation>Slack ответил %1: %2</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="111" />
            <source>(empty body)</source>
            <translation>(пустой ответ)</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="117" />
            <source>no webhook URL is set</source>
            <translation>адрес вебхука не задан</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="121" />
            <source>the webhook URL %1</source>
            <translation>адрес вебхука %1</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="123" />
            <source>a hooks.slack.com URL looks like https://hooks.slack.com/services/T…/B…/…; copy it again from Slack</source>
            <translation>адрес hooks.slack.com выглядит как https://hooks.slack.com/services/T…/B…/…; скопируйте его из Slack ещё раз</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="131" />
            <source>Slack: %1</source>
            <translation>Slack: %1</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="136" />
            <source>The webhook URL looks right and %1; nothing was posted</source>
            <translation>Адрес вебхука выглядит правильно, %1; ничего не опубликовано</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Formatting</source>
            <translation>Форматирование</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>none</source>
            <translation>без форматирования</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="22" />
            <source>Getting a bot token:</source>
            <translation>Как получить токен бота:</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="22" />
            <source>1. Find @BotFather in Telegram.</source>
            <translation>1. Найдите @BotFather в Telegram.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="22" />
            <source>2. Send the command /newbot.</source>
            <translation>2. Отправьте команду /newbot.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="22" />
            <source>3. Follow the instructions to create a bot.</source>
            <translation>3. Следуйте инструкциям, чтобы создать бота.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="22" />
            <source>4. Copy the token you receive.</source>
            <translation>4. Скопируйте полученный токен.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="22" />
            <source>Getting the chat ID:</source>
            <translation>Как получить ID чата:</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="22" />
            <source>1. Add the bot to a group or channel.</source>
            <translation>1. Добавьте бота в группу или канал.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="22" />
            <source>2. Send the bot a message.</source>
            <translation>2. Отправьте боту сообщение.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="22" />
            <source>3. Use “Find chat ID” (the Bot API's getUpdates) and pick the chat.</source>
            <translation>3. Нажмите «Найти ID чата» (метод getUpdates Bot API) и выберите чат.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="39" />
            <source>Bot token</source>
            <translation>Токен бота</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="40" />
            <source>The token @BotFather gave you.</source>
            <translation>Токен, который выдал @BotFather.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="49" />
            <source>Chat ID</source>
            <translation>ID чата</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="49" />
            <source>The chat to send to: a number (groups start with -100) or @channelname.</source>
            <translation>Чат для отправки: число (у групп начинается с -100) или @имяканала.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="54" />
            <source>Bot API server</source>
            <translation>Сервер Bot API</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="54" />
            <source>Change only for a self-hosted Bot API server.</source>
            <translation>Меняйте только для собственного сервера Bot API.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="58" />
            <source>How Telegram reads the message text.</source>
            <translation>Как Telegram разбирает текст сообщения.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="60" />
            <source>Send silently</source>
            <translation>Без звука</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="60" />
            <source>Deliver without a sound.</source>
            <translation>Доставлять без звукового сигнала.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="64" />
            <source>Topic ID</source>
            <translation>ID темы</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="64" />
            <source>For forum groups: the topic (message thread) to post in.</source>
            <translation>Для групп-форумов: тема (ветка), в которую писать.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="70" />
            <source>send the bot a message (or add it to the group), then use “Find chat ID” (getUpdates) to get its id</source>
            <translation>отправьте боту сообщение (или добавьте его в группу), затем нажмите «Найти ID чата» (getUpdates), чтобы узнать ID</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="108" />
            <source>Telegram: no bot token is set</source>
            <translation>Telegram: токен бота не задан</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="112" />
            <source>Telegram: the bot token %1</source>
            <translation>Telegram: токен бота %1</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="124" />
            <source>the bot token was rejected (401) — copy it again from @BotFather</source>
            <translation>токен бота отклонён (401) — скопируйте его у @BotFather ещё раз</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="125" />
            <source>chat not found</source>
            <translation>чат не найден</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="126" />
            <source>chat not found (400) — %1</source>
            <translation>чат не найден (400) — %1</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="128" />
            <source>the bot is not in that chat or was blocked (403: %1)</source>
            <translation>бота нет в этом чате или он заблокирован (403: %1)</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="130" />
            <source>no such Bot API call (404 Not Found) — check the Bot API server address and the token</source>
            <translation>такого метода Bot API нет (404 Not Found) — проверьте адрес сервера Bot API и токен</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="132" />
            <source>the bot has a webhook set, so getUpdates cannot list its chats (409)</source>
            <translation>у бота настроен вебхук, поэтому getUpdates не может показать его чаты (409)</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="134" />
            <source>answered %1: %2</source>
            <translation>ответил %1: %2</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="135" />
            <source>Telegram: %1</source>
            <translation>Telegram: %1</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="167" />
            <source>Telegram: too many requests (429) — it asks to wait %1, more than the %2 allowed; try again later</source>
            <translation>Telegram: слишком много запросов (429) — просит подождать %1, это больше допустимых %2; повторите позже</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="180" />
            <source>Telegram: getMe answered without a bot</source>
            <translation>Telegram: getMe ответил без данных бота</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="242" />
            <source>(after %1 of %2 messages were sent)</source>
            <translation>(после отправки %1 из %2 сообщений)</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="245" />
            <source>as %1 messages</source>
            <translation>в виде %1 сообщений</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="246" />
            <source>Sent to Telegram chat %1%2</source>
            <translation>Отправлено в чат Telegram %1%2</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="257" />
            <source>The bot token works: it belongs to %1; nothing was sent</source>
            <translation>Токен бота действует: он принадлежит %1; ничего не отправлено</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>Webhook</source>
            <translation>Вебхук</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>URL</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>Method</source>
            <translation>Метод</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>Headers</source>
            <translation>Заголовки</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="29" />
            <source>The HTTP method of the request.</source>
            <translation>HTTP-метод запроса.</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="35" />
            <source>Extra HTTP headers, e.g. Authorization. Their values are kept as secrets.</source>
            <translation>Дополнительные HTTP-заголовки, например Authorization. Их значения хранятся как секреты.</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="36" />
            <source>Authorization: Bearer your-token</source>
            <translation>Authorization: Bearer your-token</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="40" />
            <source>Timeout (s)</source>
            <translation>Тайм-аут (с)</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="40" />
            <source>Seconds to wait for an answer, 1–300.</source>
            <translation>Сколько секунд ждать ответа, 1–300.</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="44" />
            <source>Signing secret</source>
            <translation>Секрет подписи</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="45" />
            <source>When set, the body is signed with HMAC-SHA256 (as the PingTower server does).</source>
            <translation>Если задан, тело запроса подписывается HMAC-SHA256 (как это делает сервер PingTower).</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="52" />
            <source>Signature header</source>
            <translation>Заголовок подписи</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="52" />
            <source>Carries sha256=&lt;base64 HMAC of the body&gt;.</source>
            <translation>Содержит sha256=&lt;HMAC тела в base64&gt;.</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="101" />
            <source>Webhook: %1</source>
            <translation>Вебхук: %1</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="106" />
            <source>Delivered: %1 answered %2</source>
            <translation>Доставлено: %1 ответил %2</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="108" />
            <source>with an empty body</source>
            <translation>с пустым телом</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="109" />
            <source>Webhook: %1 answered %2%3</source>
            <translation>Вебхук: %1 ответил %2%3</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="123" />
            <source>Webhook: the URL %1</source>
            <translation>Вебхук: адрес %1</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="126" />
            <source>The URL looks right and %1; nothing was sent</source>
            <translation>Адрес выглядит правильно, %1; ничего не отправлено</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="136" />
            <source>Sends the documented JSON payload (username, serviceName, serviceUrl, status, severity, message, timestamp, metadata) to your URL; any 2xx answer counts as delivered.</source>
            <translation>Отправляет на ваш адрес описанный в документации JSON (username, serviceName, serviceUrl, status, severity, message, timestamp, metadata); любой ответ 2xx считается доставкой.</translation>
        </message>
        <message>
            <location filename="../../delivery/history.py" line="62" />
            <source>not a history entry</source>
            <translation>это не запись истории</translation>
        </message>
        <message>
            <location filename="../../delivery/runner.py" line="27" />
            <source>Not sent: the channel is invalid — %1</source>
            <translation>Не отправлено: канал заполнен с ошибками — %1</translation>
        </message>
        <message>
            <location filename="../../delivery/runner.py" line="117" />
            <source>%1: no answer within %2 s</source>
            <translation>%1: нет ответа за %2 с</translation>
        </message>
        <message>
            <location filename="../../delivery/runner.py" line="119" />
            <source>Unexpected error: %1: %2</source>
            <translation>Непредвиденная ошибка: %1: %2</translation>
        </message>
        <message>
            <location filename="../../delivery/runner.py" line="129" />
            <source>write the history to</source>
            <translation>записать журнал в</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="63" />
            <source>%1 is not a regular file (a device, pipe or folder cannot be imported)</source>
            <translation>%1 — не обычный файл (устройство, канал или папку импортировать нельзя)</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="65" />
            <source>%1 is %2 MB: too large for a file of channels</source>
            <translation>%1 занимает %2 МБ: слишком много для файла каналов</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="71" />
            <source>%1 is too large for a file of channels</source>
            <translation>%1 слишком велик для файла каналов</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="75" />
            <source>%1 is not valid JSON: it is not UTF-8 text</source>
            <translation>%1 — не корректный JSON: это не текст в UTF-8</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="77" />
            <source>%1 is not valid JSON: %2</source>
            <translation>%1 — некорректный JSON: %2</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="96" />
            <source>expected a list of channels, an object of channels keyed like the document's "full configuration" (pythonBot, telegram …), or a PingTower Desktop export</source>
            <translation>ожидался список каналов, объект каналов с ключами как в «полной конфигурации» из документации (pythonBot, telegram …) или экспорт PingTower Desktop</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="134" />
            <source>a %1 channel named '%2' is stored here; this entry is %3 — rename one of them (or delete the stored one) and import again</source>
            <translation>здесь хранится канал %1 с названием «%2»; эта запись — %3: переименуйте один из них (или удалите хранимый) и импортируйте снова</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="167" />
            <source>(the file holds no value for it)</source>
            <translation>(в файле нет значения)</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="170" />
            <source>incomplete, kept disabled: fill in %1, then enable it</source>
            <translation>неполный, оставлен выключенным: заполните %1, затем включите его</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="191" />
            <source>name: appears more than once in this file</source>
            <translation>name: встречается в этом файле несколько раз</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="194" />
            <source>id: appears more than once in this file</source>
            <translation>id: встречается в этом файле больше одного раза</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="203" />
            <source>isDefault ignored: an earlier channel in this file is the default</source>
            <translation>isDefault пропущен: основным уже назначен канал выше в этом файле</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="243" />
            <source>PingTower Desktop %1</source>
            <translation>PingTower Desktop %1</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="31" />
            <source>an unnamed user</source>
            <translation>пользователь без имени</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="33" />
            <source>%1; the token does not expire</source>
            <translation>%1; токен бессрочный</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="35" />
            <source>%1; the token %2 %3</source>
            <translation>%1; токен %2 %3</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="41" />
            <source>that is not a JWT (three dot-separated base64url parts)</source>
            <translation>это не JWT (нужны три части base64url через точку)</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="46" />
            <source>that is not a JWT: its claims are not base64url JSON</source>
            <translation>это не JWT: его данные не JSON в base64url</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="48" />
            <source>that is not a JWT: its claims are not a JSON object</source>
            <translation>это не JWT: его данные не JSON-объект</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="81" />
            <source>%1 is reached over plain http: the password and the login token travel unencrypted and anyone on the way can read them. Use https:// if the server offers it.</source>
            <translation>С %1 связь идёт по обычному http: пароль и токен входа передаются без шифрования, и их может прочитать любой на пути. Используйте https://, если сервер его поддерживает.</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="91" />
            <source>'%1' is not an http:// or https:// URL with a host</source>
            <translation>«%1» — не адрес http:// или https:// с именем хоста</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="93" />
            <source>the server URL must not have a query (?…) or fragment (#…)</source>
            <translation>в адресе сервера не должно быть запроса (?…) или фрагмента (#…)</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="108" />
            <source>%1: the server refused the login (%2) — log in again</source>
            <translation>%1: сервер отклонил вход (%2) — войдите снова</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="112" />
            <source>%1: not found on the server (404)%2</source>
            <translation>%1: на сервере не найдено (404)%2</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="118" />
            <source>%1: the server rejected it (%2): %3</source>
            <translation>%1: сервер отклонил запрос (%2): %3</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="125" />
            <source>%1: the server failed (%2)%3</source>
            <translation>%1: ошибка сервера (%2)%3</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="125" />
            <source>without saying why</source>
            <translation>без объяснения причины</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="129" />
            <source>%1: the server answered %2%3</source>
            <translation>%1: сервер ответил %2%3</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="140" />
            <source>listing the channels: the server's answer is not a list of channels</source>
            <translation>получение списка каналов: ответ сервера — не список каналов</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="187" />
            <source>use the client inside 'async with'</source>
            <translation>клиент нужно использовать внутри 'async with'</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="199" />
            <source>%1: the server's answer is too large</source>
            <translation>%1: ответ сервера слишком большой</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="217" />
            <source>%1: the server's answer is not JSON</source>
            <translation>%1: ответ сервера — не JSON</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="228" />
            <source>logging in</source>
            <translation>вход</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="236" />
            <source>%1: there is no login at %2 — check the server URL and dialect</source>
            <translation>%1: по адресу %2 нет входа — проверьте адрес сервера и его API</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="243" />
            <source>%1: the server failed (%2%3) and did not say whether the e-mail or password is wrong — check them, or the server's log</source>
            <translation>%1: сбой на сервере (%2%3), и он не сказал, неверны ли e-mail или пароль — проверьте их или журнал сервера</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="250" />
            <source>%1: the e-mail or password was not accepted (%2%3)</source>
            <translation>%1: e-mail или пароль не приняты (%2%3)</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="255" />
            <source>%1: the server's answer holds no token</source>
            <translation>%1: в ответе сервера нет токена</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="269" />
            <source>listing the channels</source>
            <translation>получение списка каналов</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="273" />
            <source>reading channel %1</source>
            <translation>чтение канала %1</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="278" />
            <source>%1: not found on the server</source>
            <translation>%1: на сервере не найдено</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="282" />
            <source>creating '%1' on the server</source>
            <translation>создание «%1» на сервере</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="293" />
            <source>updating '%1' on the server</source>
            <translation>обновление «%1» на сервере</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="306" />
            <source>deleting channel %1 on the server</source>
            <translation>удаление канала %1 на сервере</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="317" />
            <source>testing '%1' through the server</source>
            <translation>тест «%1» через сервер</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="339" />
            <source>looking for the PingTower API</source>
            <translation>поиск API PingTower</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="353" />
            <source>no PingTower API answers at %1 (tried %2 and %3) — check the URL, or choose the dialect by hand</source>
            <translation>по адресу %1 не отвечает API PingTower (проверены %2 и %3) — проверьте адрес или выберите API вручную</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="359" />
            <source>this server has no default channel; it is kept on this computer</source>
            <translation>у этого сервера нет основного канала; он хранится на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="366" />
            <source>reading the default channel</source>
            <translation>чтение основного канала</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="189" />
            <source>the server sent something that is not a channel</source>
            <translation>сервер прислал не канал</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="192" />
            <source>the server sent a channel without an id (%1)</source>
            <translation>сервер прислал канал без id (%1)</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="194" />
            <source>the server sent channel %1 without a name or type</source>
            <translation>сервер прислал канал %1 без названия или типа</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="230" />
            <source>the documented API (/api/v1/notifications/channels)</source>
            <translation>документированный API (/api/v1/notifications/channels)</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="240" />
            <source>the server has no sender for this type: its test answers 500 and it never delivers through it</source>
            <translation>у сервера нет отправителя для этого типа: его тест отвечает 500, и он никогда не доставляет через такой канал</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="244" />
            <source>the PingTower reference server (/v1/api/notifications/channels)</source>
            <translation>эталонный сервер PingTower (/v1/api/notifications/channels)</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="253" />
            <source>this server shows every user's channels, secrets included, to everyone who logs in, and lets anyone delete them: other users' channels are copied here only when you agree, and a channel this computer did not create is deleted there only when you confirm it by name</source>
            <translation>этот сервер показывает каналы всех пользователей, вместе с секретами, каждому вошедшему и позволяет любому их удалить: чужие каналы копируются сюда только с вашего согласия, а канал, созданный не этим компьютером, удаляется там только после подтверждения по имени</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="256" />
            <source>this server cannot create channels through its API (a known defect of the reference server): channels made here stay here; those already on the server are kept in step</source>
            <translation>этот сервер не умеет создавать каналы через свой API (известный дефект эталонного сервера): созданные здесь каналы остаются здесь; уже имеющиеся на сервере синхронизируются</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="258" />
            <source>channels synced there do not receive the server's real alerts: its monitoring sends only to channels of a separate, in-memory API</source>
            <translation>синхронизированные туда каналы не получают настоящих оповещений сервера: его мониторинг отправляет только в каналы отдельного API, хранящего их в памяти</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="260" />
            <source>the server shows back values holding ':' or ',' missing or cut (URLs, bot tokens, recipient lists): those are never taken from it nor sent back altered; the values here stay whole</source>
            <translation>значения с «:» или «,» сервер возвращает пропущенными или обрезанными (адреса, токены ботов, списки получателей): их никогда не берут с сервера и не отправляют обратно искажёнными; здешние значения остаются целыми</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="262" />
            <source>the default channel is kept on this computer only: the server has none</source>
            <translation>основной канал хранится только на этом компьютере: у сервера его нет</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="263" />
            <source>webhook headers stay on this computer: the server cannot store them</source>
            <translation>заголовки вебхука остаются на этом компьютере: сервер не умеет их хранить</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="264" />
            <source>a test through the server only says the server accepted it: it does not report delivery</source>
            <translation>тест через сервер сообщает лишь, что сервер его принял: о доставке сервер не сообщает</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="271" />
            <source>the server always sends POST</source>
            <translation>сервер всегда отправляет POST</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="272" />
            <source>the server always waits 15 s</source>
            <translation>сервер всегда ждёт 15 с</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="275" />
            <source>the server always sends HTML</source>
            <translation>сервер всегда отправляет HTML</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="276" />
            <source>the server ignores it</source>
            <translation>сервер это игнорирует</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="278" />
            <source>the server always uses api.telegram.org</source>
            <translation>сервер всегда использует api.telegram.org</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="288" />
            <source>an older PingTower reference server (/v1/api/v1/notifications/channels, login by user name)</source>
            <translation>старая версия эталонного сервера PingTower (/v1/api/v1/notifications/channels, вход по имени пользователя)</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="300" />
            <source>unknown server dialect '%1' (known: %2)</source>
            <translation>неизвестный API сервера «%1» (известные: %2)</translation>
        </message>
        <message>
            <location filename="../../server/reference_codec.py" line="55" />
            <source>holds " or \, which the server writes unescaped: its copy would stop working</source>
            <translation>содержит " или \, которые сервер записывает без экранирования: его копия перестала бы работать</translation>
        </message>
        <message>
            <location filename="../../server/reference_codec.py" line="57" />
            <source>holds { or }, which the server drops</source>
            <translation>содержит { или }, которые сервер отбрасывает</translation>
        </message>
        <message>
            <location filename="../../server/reference_codec.py" line="59" />
            <source>starts or ends with a blank, which the server trims</source>
            <translation>начинается или заканчивается пробелом, который сервер обрезает</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="10" />
            <source>the server accepted the test; it does not report delivery</source>
            <translation>сервер принял тест; о доставке он не сообщает</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="27" />
            <source>No enum constant</source>
            <translation>No enum constant</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="29" />
            <source>the server cannot send %1 channels (it does not implement %2) — test it directly from this computer instead</source>
            <translation>сервер не умеет отправлять в каналы %1 (не поддерживает %2) — проверьте канал напрямую с этого компьютера</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="34" />
            <source>(it said: %1)</source>
            <translation>(ответ: %1)</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="38" />
            <source>the server sent the test</source>
            <translation>сервер отправил тест</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="40" />
            <source>the server could not deliver the test</source>
            <translation>сервер не смог доставить тест</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="34" />
            <source>log in with: pingtower-desktop-cli server login URL --email E --password-stdin</source>
            <translation>войдите командой: pingtower-desktop-cli server login URL --email E --password-stdin</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="35" />
            <source>not set up</source>
            <translation>не настроен</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="35" />
            <source>logged out</source>
            <translation>выход выполнен</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="35" />
            <source>token expired</source>
            <translation>токен истёк</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="35" />
            <source>logged in</source>
            <translation>вход выполнен</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="106" />
            <source>give either a password or a token</source>
            <translation>укажите либо пароль, либо токен</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="110" />
            <source>the token is empty</source>
            <translation>токен пуст</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="113" />
            <source>that token has expired (%1) — log in again</source>
            <translation>срок действия токена истёк (%1) — войдите снова</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="118" />
            <source>an e-mail is needed to log in with a password</source>
            <translation>для входа по паролю нужен e-mail</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="128" />
            <source>no channel API at %1%2 — check the URL, or the dialect (this is %3)</source>
            <translation>по адресу %1%2 нет API каналов — проверьте адрес или API сервера (выбран: %3)</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="148" />
            <source>no server is set up — %1</source>
            <translation>сервер не настроен — %1</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="151" />
            <source>logged out of %1 — %2</source>
            <translation>выход с %1 выполнен — %2</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="154" />
            <source>the login to %1 has expired (%2) — log in again</source>
            <translation>вход на %1 истёк (%2) — войдите снова</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="266" />
            <source>'%1' is not on the server yet: sync first</source>
            <translation>«%1» ещё нет на сервере: сначала синхронизируйте</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="285" />
            <source>an opaque token</source>
            <translation>непрозрачный токен</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="286" />
            <source>connected to %1 (%2) as %3; %4 channel(s) on the server</source>
            <translation>подключено к %1 (%2) как %3; каналов на сервере: %4</translation>
        </message>
        <message>
            <location filename="../../server/snapshot.py" line="166" />
            <source>this app does not know the channel type %1</source>
            <translation>это приложение не знает тип канала %1</translation>
        </message>
        <message>
            <location filename="../../server/snapshot.py" line="207" />
            <source>: it drops values holding ':' or ','</source>
            <translation>: он отбрасывает значения с ':' или ','</translation>
        </message>
        <message>
            <location filename="../../server/snapshot.py" line="208" />
            <source>(the server did not show %1%2)</source>
            <translation>(сервер не показал %1%2)</translation>
        </message>
        <message>
            <location filename="../../server/snapshot.py" line="212" />
            <source>the server's copy is not valid here: %1%2</source>
            <translation>серверная копия здесь недопустима: %1%2</translation>
        </message>
        <message>
            <location filename="../../server/snapshot.py" line="226" />
            <source>the server's copy cannot be kept here: %1%2</source>
            <translation>серверную копию нельзя сохранить здесь: %1%2</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="130" />
            <source>changed here after the plan was made</source>
            <translation>изменён здесь после составления плана</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="132" />
            <source>deleted here after the plan was made</source>
            <translation>удалён здесь после составления плана</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="136" />
            <source>deleted on the server after the plan was made</source>
            <translation>удалён на сервере после составления плана</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="138" />
            <source>changed on the server after the plan was made</source>
            <translation>изменён на сервере после составления плана</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="140" />
            <source>%1: nothing was overwritten — sync again to see both versions</source>
            <translation>%1: ничего не перезаписано — синхронизируйте снова, чтобы увидеть обе версии</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="174" />
            <source>could not save '%1' here: %2</source>
            <translation>не удалось сохранить «%1» здесь: %2</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="234" />
            <source>another sync ran since this plan was made: make the plan again</source>
            <translation>после составления плана прошла другая синхронизация: составьте план заново</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="32" />
            <source>create on the server</source>
            <translation>создать на сервере</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="33" />
            <source>update on the server</source>
            <translation>обновить на сервере</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="34" />
            <source>delete on the server</source>
            <translation>удалить на сервере</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="35" />
            <source>create here</source>
            <translation>создать здесь</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="36" />
            <source>update here</source>
            <translation>обновить здесь</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="37" />
            <source>delete here</source>
            <translation>удалить здесь</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="46" />
            <source>keep here</source>
            <translation>оставить здесь</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="53" />
            <source>copy here</source>
            <translation>скопировать сюда</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="55" />
            <source>send anyway</source>
            <translation>отправить всё равно</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="57" />
            <source>delete there</source>
            <translation>удалить там</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="67" />
            <source>this server cannot create channels through its API (a known defect of the reference server): it stays on this computer</source>
            <translation>этот сервер не умеет создавать каналы через свой API (известный дефект эталонного сервера): канал остаётся на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="71" />
            <source>on the server but not made by this computer (the server shows every user's channels): copied here only if you agree</source>
            <translation>есть на сервере, но создан не этим компьютером (сервер показывает каналы всех пользователей): копируется сюда только с вашего согласия</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="74" />
            <source>deleted there only if you confirm it by name</source>
            <translation>удаляется там, только если вы подтвердите по имени</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="118" />
            <source>[server id %1]</source>
            <translation>[id на сервере %1]</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="147" />
            <source>(server %1)</source>
            <translation>(сервер %1)</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="151" />
            <source>no free name for %1</source>
            <translation>нет свободного имени для %1</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="209" />
            <source>'%1' is not a conflict</source>
            <translation>«%1» — не конфликт</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="211" />
            <source>the server's copy of '%1' cannot be kept here: %2</source>
            <translation>серверную копию «%1» нельзя сохранить здесь: %2</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="213" />
            <source>conflict: kept this computer's version</source>
            <translation>конфликт: оставлена версия этого компьютера</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="215" />
            <source>conflict: kept the server's version</source>
            <translation>конфликт: оставлена версия сервера</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="220" />
            <source>conflict: kept both — the server's version is '%1' on both sides</source>
            <translation>конфликт: оставлены обе — версия сервера называется «%1» на обеих сторонах</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="230" />
            <source>conflict: kept both — this computer's version becomes a new server channel</source>
            <translation>конфликт: оставлены обе — версия этого компьютера станет новым каналом на сервере</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="234" />
            <source>unknown choice %1 (local, server or both)</source>
            <translation>неизвестный выбор %1 (local, server или both)</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="250" />
            <source>in sync</source>
            <translation>синхронизирован</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="314" />
            <source>the server has none of the synced channels any more (was it reset?): created again, not deleted here</source>
            <translation>на сервере не осталось ни одного синхронизированного канала (его сбросили?): создан заново, здесь не удалён</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="320" />
            <source>not deleted on the server: some channels here could not be read, so it may not be gone here</source>
            <translation>не удалён на сервере: часть каналов здесь не прочитана, так что, возможно, он здесь не удалён</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="328" />
            <source>not sent to the server: %1</source>
            <translation>не отправлен на сервер: %1</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="332" />
            <source>the server ignores</source>
            <translation>сервер игнорирует</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="335" />
            <source>sent only if you agree: the server cannot store it —</source>
            <translation>отправляется только с вашего согласия: сервер не может это сохранить —</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="345" />
            <source>%1 stay on this computer (the server cannot store them)</source>
            <translation>%1 остаются на этом компьютере (сервер не умеет их хранить)</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="351" />
            <source>deleted on both sides</source>
            <translation>удалён на обеих сторонах</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="354" />
            <source>deleted on the server</source>
            <translation>удалён на сервере</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="362" />
            <source>deleted on the server but changed here: kept, and created on the server again</source>
            <translation>удалён на сервере, но изменён здесь: сохранён и создан на сервере заново</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="375" />
            <source>deleted here; this computer did not create it on the server: %1</source>
            <translation>удалён здесь; на сервере его создал не этот компьютер: %1</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="379" />
            <source>deleted here</source>
            <translation>удалён здесь</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="382" />
            <source>deleted here but changed on the server: kept, and copied back here</source>
            <translation>удалён здесь, но изменён на сервере: сохранён и скопирован сюда обратно</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="386" />
            <source>deleted here but changed on the server: kept on the server only — %1</source>
            <translation>удалён здесь, но изменён на сервере: сохранён только на сервере — %1</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="396" />
            <source>changed here:</source>
            <translation>изменено здесь:</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="402" />
            <source>changed on the server:</source>
            <translation>изменено на сервере:</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="407" />
            <source>the same change on both sides</source>
            <translation>одинаковое изменение на обеих сторонах</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="409" />
            <source>changed on both sides — here: %1; on the server: %2</source>
            <translation>изменено на обеих сторонах — здесь: %1; на сервере: %2</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="420" />
            <source>resumed after a sync that was cut off;</source>
            <translation>продолжено после прерванной синхронизации;</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="433" />
            <source>%1already on the server</source>
            <translation>%1уже есть на сервере</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="438" />
            <source>%1both sides have it with different settings: %2</source>
            <translation>%1есть на обеих сторонах с разными параметрами: %2</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="479" />
            <source>renamed to '%1' on both sides: '%2' is taken here</source>
            <translation>переименован в «%1» на обеих сторонах: имя «%2» здесь занято</translation>
        </message>
        <message>
            <location filename="../../storage/config_file.py" line="33" />
            <source>%1 was written by a newer PingTower Desktop (schema %2; this version knows schema %3). It was left untouched: update PingTower Desktop to change channels.</source>
            <translation>%1 записан более новой версией PingTower Desktop (схема %2; эта версия знает схему %3). Файл не изменён: обновите PingTower Desktop, чтобы менять каналы.</translation>
        </message>
        <message>
            <location filename="../../storage/config_file.py" line="42" />
            <source>its 'channels' is not a list</source>
            <translation>его поле «channels» не является списком</translation>
        </message>
        <message>
            <location filename="../../storage/config_file.py" line="68" />
            <source>it is not a JSON object</source>
            <translation>это не объект JSON</translation>
        </message>
        <message>
            <location filename="../../storage/config_file.py" line="71" />
            <source>its schemaVersion is not a whole number</source>
            <translation>его schemaVersion не является целым числом</translation>
        </message>
        <message>
            <location filename="../../storage/config_file.py" line="169" />
            <source>The channels file %1 could not be read (%2); it was moved aside to %3 and PingTower Desktop starts with no channels.</source>
            <translation>Файл каналов %1 не удалось прочитать (%2); он перенесён в %3, и PingTower Desktop запускается без каналов.</translation>
        </message>
        <message>
            <location filename="../../storage/keyring_policy.py" line="74" />
            <source>the keyring library found no backend (its 'fail' backend is active)</source>
            <translation>библиотека keyring не нашла ни одного модуля (активен её модуль «fail»)</translation>
        </message>
        <message>
            <location filename="../../storage/keyring_policy.py" line="76" />
            <source>the keyring library's 'null' backend is selected, which discards secrets</source>
            <translation>выбран модуль «null» библиотеки keyring, который отбрасывает секреты</translation>
        </message>
        <message>
            <location filename="../../storage/keyring_policy.py" line="78" />
            <source>the keyring library has no backend to chain</source>
            <translation>у библиотеки keyring нет модулей для цепочки</translation>
        </message>
        <message>
            <location filename="../../storage/keyring_policy.py" line="85" />
            <source>the only keyring found is %1, which keeps secrets in a plain-text file%2</source>
            <translation>единственное найденное хранилище ключей — %1, оно держит секреты в файле открытым текстом%2</translation>
        </message>
        <message>
            <location filename="../../storage/keyring_policy.py" line="89" />
            <source>the only keyring found is %1, which keeps secrets in a file%2; it is used only when chosen explicitly with PYTHON_KEYRING_BACKEND or keyringrc.cfg</source>
            <translation>единственное найденное хранилище ключей — %1, оно держит секреты в файле%2; оно используется, только если выбрано явно через PYTHON_KEYRING_BACKEND или keyringrc.cfg</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="8" />
            <source>check the permissions of the file and its folder</source>
            <translation>проверьте права на файл и его папку</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="10" />
            <source>free some space on that disk</source>
            <translation>освободите место на этом диске</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="11" />
            <source>free some space (the disk quota is used up)</source>
            <translation>освободите место (дисковая квота исчерпана)</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="12" />
            <source>the file size limit (ulimit -f) is too low</source>
            <translation>слишком низкий предел размера файла (ulimit -f)</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="13" />
            <source>the file system is read-only</source>
            <translation>файловая система доступна только для чтения</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="14" />
            <source>a folder stands where a file should be</source>
            <translation>на месте файла находится папка</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="15" />
            <source>a file stands where a folder should be</source>
            <translation>на месте папки находится файл</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="16" />
            <source>check the path</source>
            <translation>проверьте путь</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="23" />
            <source>cannot %1 %2</source>
            <translation>не удалось %1 %2</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="23" />
            <source>cannot use %1</source>
            <translation>не удалось использовать %1</translation>
        </message>
        <message>
            <location filename="../../storage/paths.py" line="55" />
            <source>the config folder %1 can be read by other users (mode %2); the channels and the sync state kept there hold no secrets but name your servers and recipients: chmod 700 %3</source>
            <translation>папку настроек %1 могут читать другие пользователи (права %2); каналы и состояние синхронизации в ней не содержат секретов, но называют ваши серверы и получателей: chmod 700 %3</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="41" />
            <source>'%1' was changed elsewhere meanwhile: %2</source>
            <translation>«%1» тем временем изменили в другом месте: %2</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="67" />
            <source>no channel is named '%1' or has that id</source>
            <translation>нет канала с названием или ID «%1»</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="100" />
            <source>a channel named '%1' already exists</source>
            <translation>канал с названием «%1» уже существует</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="272" />
            <source>is missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="274" />
            <source>is the id of an earlier entry</source>
            <translation>совпадает с id более ранней записи</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="279" />
            <source>entry %1</source>
            <translation>запись %1</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="283" />
            <source>%1 stored channel(s) could not be read and are not shown; they are kept unchanged in %2:</source>
            <translation>Не удалось прочитать сохранённые каналы (%1), они не показаны и оставлены без изменений в %2:</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="416" />
            <source>a channel with id %1 already exists</source>
            <translation>канал с ID %1 уже существует</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="457" />
            <source>is required before the channel can be enabled</source>
            <translation>обязательно, прежде чем канал можно будет включить</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="28" />
            <source>Start or unlock your desktop keyring (gnome-keyring or KWallet, which provide the Secret Service) and try again; if you accept secrets kept in a file, choose keyrings.alt explicitly (pip install keyrings.alt, then set PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring). Nothing was written in plain text.</source>
            <translation>Запустите или разблокируйте хранилище ключей рабочего стола (gnome-keyring или KWallet, они предоставляют Secret Service) и повторите; если вас устраивает хранение секретов в файле, выберите keyrings.alt явно (pip install keyrings.alt, затем PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring). Ничего не было записано открытым текстом.</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="47" />
            <source>No usable keyring: %1. %2</source>
            <translation>Хранилище ключей недоступно: %1. %2</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="97" />
            <source>; the changes before it were saved</source>
            <translation>; изменения до этого сохранены</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="97" />
            <source>; nothing was saved</source>
            <translation>; ничего не сохранено</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="98" />
            <source>the keyring stayed locked (%1: %2)%3</source>
            <translation>хранилище ключей осталось заблокированным (%1: %2)%3</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="100" />
            <source>%1 failed: %2</source>
            <translation>%1: ошибка: %2</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="141" />
            <source>No usable keyring: %1. Secrets are kept in memory for this session only and are forgotten when it ends. %2</source>
            <translation>Хранилище ключей недоступно: %1. Секреты хранятся в памяти только в этом сеансе и будут забыты после его завершения. %2</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="144" />
            <source>Secrets are kept in the system keyring (%1).</source>
            <translation>Секреты хранятся в системном хранилище ключей (%1).</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="34" />
            <source>the certificate is not trusted</source>
            <translation>сертификат не является доверенным</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="35" />
            <source>the certificate is self-signed and not trusted</source>
            <translation>сертификат самоподписанный и не является доверенным</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="39" />
            <source>the certificate is not yet valid</source>
            <translation>сертификат ещё не действует</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="40" />
            <source>the certificate has expired</source>
            <translation>срок действия сертификата истёк</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="41" />
            <source>the certificate is not valid for this host name</source>
            <translation>сертификат не подходит для этого имени хоста</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="42" />
            <source>the certificate is not valid for this IP address</source>
            <translation>сертификат не подходит для этого IP-адреса</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="120" />
            <source>gzip, deflate</source>
            <translation>gzip, deflate</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="181" />
            <source>timed out after %1 connecting to %2</source>
            <translation>истекло время ожидания (%1) при подключении к %2</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="183" />
            <source>timed out after %1 waiting for %2</source>
            <translation>истекло время ожидания (%1) ответа от %2</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="185" />
            <source>the address is not a usable http:// or https:// URL</source>
            <translation>адрес не является пригодным адресом http:// или https://</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="187" />
            <source>the certificate was rejected</source>
            <translation>сертификат отклонён</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="190" />
            <source>TLS certificate problem with %1: %2%3%4</source>
            <translation>Проблема с TLS-сертификатом %1: %2%3%4</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="193" />
            <source>— is it an http:// server?</source>
            <translation>— может быть, это сервер http://?</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="194" />
            <source>TLS handshake with %1 failed: %2%3</source>
            <translation>TLS-рукопожатие с %1 не удалось: %2%3</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="196" />
            <source>DNS lookup failed: cannot resolve host name %1 (%2)</source>
            <translation>ошибка DNS: не удаётся найти хост %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="198" />
            <source>connection refused by %1: nothing is listening there</source>
            <translation>%1 отклонил соединение: там ничего не слушает</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="200" />
            <source>connection reset by %1</source>
            <translation>%1 сбросил соединение</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="202" />
            <source>%1 closed the connection without a proper HTTP answer</source>
            <translation>%1 закрыл соединение, не дав корректного HTTP-ответа</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="204" />
            <source>too many redirects from %1</source>
            <translation>слишком много перенаправлений от %1</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="206" />
            <source>cannot reach %1: %2</source>
            <translation>%1 недоступен: %2</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="208" />
            <source>cannot connect to %1</source>
            <translation>не удаётся подключиться к %1</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="209" />
            <source>the request to %1 failed (%2)</source>
            <translation>запрос к %1 не удался (%2)</translation>
        </message>
        <message>
            <location filename="../../transport/notification.py" line="9" />
            <source>Test notification from PingTower Desktop for channel “%1”.</source>
            <translation>Тестовое уведомление от PingTower Desktop для канала «%1».</translation>
        </message>
        <message>
            <location filename="../../transport/notification.py" line="26" />
            <source>PingTower Desktop</source>
            <translation>PingTower Desktop</translation>
        </message>
        <message>
            <location filename="../../transport/notification.py" line="38" />
            <source>PingTower test: %1</source>
            <translation>Тест PingTower: %1</translation>
        </message>
        <message>
            <location filename="../../transport/probe.py" line="40" />
            <source>%1 accepted a TLS connection with a valid certificate</source>
            <translation>%1 принял TLS-соединение с действительным сертификатом</translation>
        </message>
        <message>
            <location filename="../../transport/probe.py" line="41" />
            <source>%1 accepted a connection</source>
            <translation>%1 принял соединение</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="30" />
            <source>authentication failed — Gmail and others need an app password</source>
            <translation>ошибка аутентификации — для Gmail и других сервисов нужен пароль приложения</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="31" />
            <source>the server refused the user name or password</source>
            <translation>сервер отклонил имя пользователя или пароль</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="48" />
            <source>implicit TLS</source>
            <translation>неявный TLS</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="156" />
            <source>connecting to</source>
            <translation>при подключении к</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="172" />
            <source>no address found for %1</source>
            <translation>не найден адрес для %1</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="187" />
            <source>waiting for the greeting from</source>
            <translation>в ожидании приветствия от</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="210" />
            <source>sending to</source>
            <translation>при отправке на</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="265" />
            <source>talking to</source>
            <translation>при обмене с</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="269" />
            <source>STARTTLS is on, but %1 does not offer it; nothing was sent unencrypted</source>
            <translation>STARTTLS включён, но %1 его не поддерживает; ничего не отправлено без шифрования</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="270" />
            <source>in the TLS handshake with</source>
            <translation>во время TLS-рукопожатия с</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="279" />
            <source>logging in to</source>
            <translation>при входе на</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="302" />
            <source>%1 offers no login method this app speaks (%2)</source>
            <translation>%1 не предлагает ни одного способа входа, известного приложению (%2)</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="314" />
            <source>%1 allows login only after STARTTLS: turn STARTTLS on</source>
            <translation>%1 разрешает вход только после STARTTLS: включите STARTTLS</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="315" />
            <source>%1 does not offer login (AUTH): leave user name and password empty for a relay</source>
            <translation>%1 не поддерживает вход (AUTH): для ретранслятора оставьте имя пользователя и пароль пустыми</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="327" />
            <source>— port 465 usually needs implicit TLS</source>
            <translation>— порту 465 обычно нужен неявный TLS</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="328" />
            <source>timed out after %1 s %2 %3%4</source>
            <translation>истекло время ожидания (%1 с) %2 %3%4</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="331" />
            <source>TLS failure: the certificate of %1 is not trusted — %2; %3</source>
            <translation>Ошибка TLS: сертификату %1 нет доверия — %2; %3</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="336" />
            <source>— does this port speak implicit TLS? (465 does; 587 uses STARTTLS)</source>
            <translation>— использует ли этот порт неявный TLS? (465 — да; 587 использует STARTTLS)</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="337" />
            <source>TLS failure with %1: %2%3</source>
            <translation>ошибка TLS с %1: %2%3</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="343" />
            <source>%1 refused the login: %2</source>
            <translation>%1 отклонил вход: %2</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="345" />
            <source>%1 refused every recipient</source>
            <translation>%1 отклонил всех получателей</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="348" />
            <source>%1 refused the sender %2: %3</source>
            <translation>%1 отклонил отправителя %2: %3</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="351" />
            <source>%1 answered %2</source>
            <translation>%1 ответил %2</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="353" />
            <source>%1 closed the connection unexpectedly</source>
            <translation>%1 неожиданно закрыл соединение</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="355" />
            <source>connection refused by %1 — is the SMTP server running and the port right?</source>
            <translation>%1 отклонил соединение — запущен ли SMTP-сервер и верен ли порт?</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="357" />
            <source>cannot find the SMTP server '%1' (name lookup failed)</source>
            <translation>не удаётся найти SMTP-сервер «%1» (ошибка поиска имени)</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="359" />
            <source>network error %1 %2: %3</source>
            <translation>сетевая ошибка %1 %2: %3</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="361" />
            <source>SMTP error %1 %2: %3</source>
            <translation>ошибка SMTP %1 %2: %3</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="427" />
            <source>this SMTP pool is closed</source>
            <translation>этот пул SMTP закрыт</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="438" />
            <source>%1 took the message for the others but refused</source>
            <translation>%1 принял письмо для остальных, но отклонил</translation>
        </message>
        <message>
            <location filename="../../transport/trust.py" line="17" />
            <source>if it comes from your organisation's own certificate authority, set the CA certificate file in its settings, or point SSL_CERT_FILE at a certificate bundle that includes that CA</source>
            <translation>если он выдан собственным удостоверяющим центром вашей организации, укажите файл сертификата УЦ в настройках или направьте SSL_CERT_FILE на набор сертификатов, включающий этот УЦ</translation>
        </message>
        <message>
            <location filename="../../transport/trust.py" line="37" />
            <source>the CA certificate file %1 holds no usable PEM certificate (%2)</source>
            <translation>в файле сертификата УЦ %1 нет пригодного сертификата PEM (%2)</translation>
        </message>
        <message>
            <location filename="../../transport/trust.py" line="47" />
            <source>the CA certificate file %1 is not a file</source>
            <translation>файл сертификата УЦ %1 не является файлом</translation>
        </message>
        <message>
            <location filename="../../transport/trust.py" line="49" />
            <source>the CA certificate file %1 cannot be read (%2)</source>
            <translation>файл сертификата УЦ %1 не читается (%2)</translation>
        </message>
        <message>
            <location filename="../../wire_flags.py" line="17" />
            <source>must be true or false</source>
            <translation>должно быть true или false</translation>
        </message>
    </context>
</TS>
