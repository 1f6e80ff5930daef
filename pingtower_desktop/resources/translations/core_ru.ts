<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>core</name>
        <message>
            <location filename="../../channel_kinds.py" line="21" />
            <source>Python bot</source>
            <translation>Python-бот</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="47" />
            <source>Add “{name}”</source>
            <translation>Добавление «{name}»</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="48" />
            <source>Edit “{name}”</source>
            <translation>Изменение «{name}»</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="49" />
            <source>Rename “{name}”</source>
            <translation>Переименование «{name}»</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="50" />
            <source>Enable “{name}”</source>
            <translation>Включение «{name}»</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="51" />
            <source>Disable “{name}”</source>
            <translation>Выключение «{name}»</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="52" />
            <source>Make “{name}” the default</source>
            <translation>«{name}» — основной канал</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="53" />
            <source>Delete “{name}”</source>
            <translation>Удаление «{name}»</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="54" />
            <source>Rotate a secret of “{name}”</source>
            <translation>Замена секрета «{name}»</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="81" />
            <source>Import channels ({count})</source>
            <translation>Импорт каналов ({count})</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="82" />
            <source>Undo or redo</source>
            <translation>Отмена или повтор</translation>
        </message>
        <message>
            <location filename="../../channel_service.py" line="89" />
            <source>“{name}” was changed since: nothing was undone or redone</source>
            <translation>«{name}» с тех пор изменён: ничего не отменено и не повторено</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="48" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="74" />
            <source>is not a key of this channel type</source>
            <translation>не является параметром этого типа канала</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="75" />
            <source>is required</source>
            <translation>обязательно</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="76" />
            <source>must be a whole number</source>
            <translation>должно быть целым числом</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="81" />
            <source>must be text</source>
            <translation>должно быть текстом</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="82" />
            <source>must be an object of names and values</source>
            <translation>должно быть объектом из имён и значений</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="101" />
            <source>must be a number from {minimum} to {maximum}</source>
            <translation>должно быть числом от {minimum} до {maximum}</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="103" />
            <source>must be {minimum} or more</source>
            <translation>должно быть не меньше {minimum}</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="105" />
            <source>must be {maximum} or less</source>
            <translation>должно быть не больше {maximum}</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="108" />
            <source>must be one of: {choices}</source>
            <translation>должно быть одним из: {choices}</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="110" />
            <source>is not valid ({detail})</source>
            <translation>недопустимое значение ({detail})</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="207" />
            <source>must be an object of keys and values</source>
            <translation>должно быть объектом из ключей и значений</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="289" />
            <source>unknown channel type '{name}' (known: {known})</source>
            <translation>неизвестный тип канала «{name}» (известные: {known})</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="301" />
            <source>must not be blank</source>
            <translation>не может быть пустым</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="303" />
            <source>must be text (it holds a broken character)</source>
            <translation>должно быть текстом (содержит повреждённый символ)</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="307" />
            <source>must not hold control characters or text-direction marks (it holds {character})</source>
            <translation>не должно содержать управляющих символов и знаков направления текста (содержит {character})</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="314" />
            <source>must be at most {limit} characters</source>
            <translation>не длиннее {limit} символов</translation>
        </message>
        <message>
            <location filename="../../channels/base.py" line="345" />
            <source>must be an object with name, type and configuration</source>
            <translation>должно быть объектом с полями name, type и configuration</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="25" />
            <source>must be an http:// or https:// URL</source>
            <translation>должен быть адрес http:// или https://</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="27" />
            <source>must name a host, e.g. https://example.com/path</source>
            <translation>должен содержать имя хоста, например https://example.com/path</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="31" />
            <source>has a port that is not a number from 1 to 65535</source>
            <translation>порт должен быть числом от 1 до 65535</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="33" />
            <source>must not contain spaces</source>
            <translation>не должен содержать пробелов</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="52" />
            <source>a user name or password before the host</source>
            <translation>имя пользователя или пароль перед именем хоста</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="58" />
            <source>the query parameter {names}</source>
            <translation>параметр запроса {names}</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="68" />
            <source>holds {what}: the URL is kept in the channels file and exported in clear — put the credential in a header instead (Authorization), whose value is kept in the keyring</source>
            <translation>содержит {what}: адрес хранится в файле каналов и экспортируется открытым текстом — передайте учётные данные в заголовке (Authorization), значение которого хранится в связке ключей</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="73" />
            <source>holds {what}: the URL is kept in the channels file and exported in clear</source>
            <translation>содержит {what}: адрес хранится в файле каналов и экспортируется открытым текстом</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="83" />
            <source>must be a host name or IP address, e.g. smtp.gmail.com</source>
            <translation>должно быть именем хоста или IP-адресом, например smtp.gmail.com</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="90" />
            <source>'{value}' is not an e-mail address like name@example.com</source>
            <translation>«{value}» — не адрес электронной почты вида name@example.com</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="98" />
            <source>needs at least one e-mail address</source>
            <translation>нужен хотя бы один адрес электронной почты</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="109" />
            <source>must look like 123456789:ABCdef… (digits, a colon, then letters, digits, _ or -)</source>
            <translation>должен выглядеть как 123456789:ABCdef… (цифры, двоеточие, затем буквы, цифры, _ или -)</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="116" />
            <source>must be a number such as -1001234567890 or a public @channelname</source>
            <translation>должен быть числом, например -1001234567890, или публичным @именемканала</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="127" />
            <source>header name '{name}' is empty or has characters a header name cannot have</source>
            <translation>имя заголовка «{name}» пустое или содержит недопустимые символы</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="130" />
            <source>the value of header '{name}' must not contain a line break</source>
            <translation>значение заголовка «{name}» не должно содержать перевода строки</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="143" />
            <source>must be a header name such as X-Signature-256</source>
            <translation>должно быть именем заголовка, например X-Signature-256</translation>
        </message>
        <message>
            <location filename="../../channels/checks.py" line="164" />
            <source>has a password: set this proxy in Settings ▸ Network, which keeps it in the keyring</source>
            <translation>содержит пароль: задайте этот прокси в «Настройки ▸ Сеть», пароль будет храниться в связке ключей</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>E-mail</source>
            <translation>E-mail</translation>
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
            <source>SMTP server</source>
            <translation>SMTP-сервер</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>SMTP port</source>
            <translation>SMTP-порт</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>587 for STARTTLS, 465 for implicit TLS.</source>
            <translation>587 для STARTTLS, 465 для неявного TLS.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Leave empty for a relay that needs no login.</source>
            <translation>Оставьте пустым для ретранслятора, которому не нужен вход.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>The password or, for Gmail and others, an app password.</source>
            <translation>Пароль или, для Gmail и других сервисов, пароль приложения.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>From</source>
            <translation>Отправитель</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>The sender's address.</source>
            <translation>Адрес отправителя.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>To</source>
            <translation>Получатели</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>One or more recipients, separated by commas.</source>
            <translation>Один или несколько получателей через запятую.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Upgrade the connection with STARTTLS (port 587).</source>
            <translation>Защитить соединение командой STARTTLS (порт 587).</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Implicit TLS</source>
            <translation>Неявный TLS</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="0" />
            <source>Connect over TLS from the start (port 465).</source>
            <translation>Подключаться по TLS с самого начала (порт 465).</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="25" />
            <source>Gmail and Google Workspace:</source>
            <translation>Gmail и Google Workspace:</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="25" />
            <source>1. Turn on 2-step verification in the Google account.</source>
            <translation>1. Включите двухэтапную аутентификацию в аккаунте Google.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="25" />
            <source>2. Create an app password: Google account → Security → App passwords.</source>
            <translation>2. Создайте пароль приложения: аккаунт Google → Безопасность → Пароли приложений.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="25" />
            <source>3. Use the app password here instead of the normal password.</source>
            <translation>3. Укажите здесь пароль приложения вместо обычного пароля.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="29" />
            <source>Outlook and Office 365:</source>
            <translation>Outlook и Office 365:</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="29" />
            <source>1. Turn on two-step verification in the Microsoft account.</source>
            <translation>1. Включите двухэтапную проверку в учётной записи Microsoft.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="29" />
            <source>2. Create an app password: Microsoft account → Security → Advanced security options → App passwords.</source>
            <translation>2. Создайте пароль приложения: учётная запись Microsoft → Безопасность → Дополнительные параметры безопасности → Пароли приложений.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="29" />
            <source>3. For a work mailbox, the administrator must allow authenticated SMTP for it.</source>
            <translation>3. Для рабочего ящика администратор должен разрешить для него SMTP с аутентификацией.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="33" />
            <source>Yahoo:</source>
            <translation>Yahoo:</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="33" />
            <source>1. Yahoo account → Account security → Generate app password.</source>
            <translation>1. Учётная запись Yahoo → Безопасность → Создать пароль приложения.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="33" />
            <source>2. Use that password here instead of the normal password.</source>
            <translation>2. Укажите здесь этот пароль вместо обычного.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="37" />
            <source>A company relay or another provider: its administrator or help pages give the server, the port and whether it asks for a login.</source>
            <translation>Почтовый сервер компании или другой провайдер: сервер, порт и нужен ли вход, подскажет его администратор или справка.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="41" />
            <source>Port 587 uses STARTTLS, port 465 implicit TLS; port 25 is usually a relay without TLS or login.</source>
            <translation>Порт 587 использует STARTTLS, порт 465 — неявный TLS; порт 25 обычно служит ретранслятором без TLS и входа.</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="59" />
            <source>without STARTTLS or implicit TLS the user name and password cross the network unencrypted (unless the server offers CRAM-MD5): turn one of them on</source>
            <translation>без STARTTLS или неявного TLS имя пользователя и пароль идут по сети без шифрования (если сервер не предлагает CRAM-MD5): включите одно из них</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="64" />
            <source>the password crossed the network unencrypted (AUTH without TLS): turn on STARTTLS or implicit TLS</source>
            <translation>пароль прошёл по сети без шифрования (AUTH без TLS): включите STARTTLS или неявный TLS</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="96" />
            <source>choose one: STARTTLS or implicit TLS, not both</source>
            <translation>выберите одно: STARTTLS или неявный TLS, не оба</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="98" />
            <source>is required when a password is set</source>
            <translation>обязательно, если задан пароль</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="100" />
            <source>is required when a user name is set</source>
            <translation>обязательно, если задано имя пользователя</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="130" />
            <source>sent to {recipients} via {address} ({security})</source>
            <translation>отправлено на {recipients} через {address} ({security})</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="143" />
            <source>{said} — warning: {warning}</source>
            <translation>{said} — внимание: {warning}</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="159" />
            <source>connected to {address}</source>
            <translation>подключение к {address} установлено</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="161" />
            <source>{security} with a trusted certificate</source>
            <translation>{security}, сертификат доверенный</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="163" />
            <source>logged in as {username}</source>
            <translation>вход выполнен как {username}</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="163" />
            <source>no login configured</source>
            <translation>вход не настроен</translation>
        </message>
        <message>
            <location filename="../../channels/email.py" line="165" />
            <source>{verified}; no mail sent</source>
            <translation>{verified}; письмо не отправлялось</translation>
        </message>
        <message>
            <location filename="../../channels/fields.py" line="63" />
            <source>CA certificate file</source>
            <translation>Файл сертификата УЦ</translation>
        </message>
        <message>
            <location filename="../../channels/fields.py" line="64" />
            <source>Only for a server whose certificate comes from your organisation's own certificate authority: that CA's certificate (a PEM file) on this computer. It is trusted besides the system's certificates.</source>
            <translation>Только для сервера, чей сертификат выдан собственным удостоверяющим центром вашей организации: сертификат этого УЦ (файл PEM) на этом компьютере. Ему доверяют наряду с системными сертификатами.</translation>
        </message>
        <message>
            <location filename="../../channels/fields.py" line="75" />
            <source>Proxy</source>
            <translation>Прокси</translation>
        </message>
        <message>
            <location filename="../../channels/fields.py" line="76" />
            <source>Empty: as Settings ▸ Network says. “direct”: never through a proxy. Or this channel's own proxy: http://, socks5:// or socks5h://[user@]host:port (a password only for the proxy set in Settings).</source>
            <translation>Пусто: как задано в «Настройки ▸ Сеть». «direct»: никогда через прокси. Или собственный прокси канала: http://, socks5:// или socks5h://[user@]host:port (пароль — только у прокси из настроек).</translation>
        </message>
        <message>
            <location filename="../../channels/fields.py" line="115" />
            <source>field without a Ui annotation: {info}</source>
            <translation>поле без аннотации Ui: {info}</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="0" />
            <source>Bot URL</source>
            <translation>Адрес бота</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="0" />
            <source>Where the PingTower Python bot listens.</source>
            <translation>Адрес, на котором работает Python-бот PingTower.</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="0" />
            <source>PingTower user</source>
            <translation>Пользователь PingTower</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="0" />
            <source>The PingTower user the bot notifies when a test names none; that user must have linked Telegram with the bot.</source>
            <translation>Пользователь PingTower, которого бот уведомит, если тест не указывает другого; этот пользователь должен привязать Telegram к боту.</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="43" />
            <source>a PingTower username is needed: set the channel's PingTower user, name one for the test, or set a default test username in Settings</source>
            <translation>нужно имя пользователя PingTower: укажите пользователя PingTower в канале, назовите его для проверки или задайте имя по умолчанию в настройках</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="55" />
            <source>no reason given</source>
            <translation>причина не указана</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="64" />
            <source>Python bot: {need}</source>
            <translation>Python-бот: {need}</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="76" />
            <source>Python bot: {failure}</source>
            <translation>Python-бот: {failure}</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="81" />
            <source>The Python bot notified {username} on Telegram</source>
            <translation>Python-бот уведомил {username} в Telegram</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="85" />
            <source>Python bot: {username} has not linked Telegram with the bot (404: {reply})</source>
            <translation>Python-бот: {username} не привязал Telegram к боту (404: {reply})</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="89" />
            <source>Python bot answered {status_line}: {reply}</source>
            <translation>Python-бот ответил {status_line}: {reply}</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="104" />
            <source>The Python bot at {place} is healthy</source>
            <translation>Python-бот на {place} работает</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="106" />
            <source>status {health}</source>
            <translation>статус {health}</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="106" />
            <source>no status</source>
            <translation>нет статуса</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="107" />
            <source>Python bot at {place} is not healthy: {status_line}, {said}</source>
            <translation>Python-бот на {place} неисправен: {status_line}, {said}</translation>
        </message>
        <message>
            <location filename="../../channels/python_bot.py" line="125" />
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
            <source>Webhook URL</source>
            <translation>Адрес вебхука</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="0" />
            <source>The incoming-webhook URL; it grants posting, so it is kept as a secret.</source>
            <translation>Адрес входящего вебхука; он даёт право публикации, поэтому хранится как секрет.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="0" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="0" />
            <source>Post to this channel instead of the webhook's own.</source>
            <translation>Публиковать в этот канал вместо канала вебхука.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="0" />
            <source>Bot name</source>
            <translation>Имя бота</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="0" />
            <source>The name the message is posted under.</source>
            <translation>Имя, от которого публикуется сообщение.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="23" />
            <source>Creating a Slack webhook:</source>
            <translation>Создание вебхука Slack:</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="23" />
            <source>1. Go to Slack API (api.slack.com/apps).</source>
            <translation>1. Откройте Slack API (api.slack.com/apps).</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="23" />
            <source>2. Create a new app.</source>
            <translation>2. Создайте новое приложение.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="23" />
            <source>3. Under “Incoming Webhooks”, turn webhooks on.</source>
            <translation>3. В разделе «Incoming Webhooks» включите вебхуки.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="23" />
            <source>4. Add a new webhook to the channel you want.</source>
            <translation>4. Добавьте новый вебхук для нужного канала.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="23" />
            <source>5. Copy the webhook URL.</source>
            <translation>5. Скопируйте адрес вебхука.</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="53" />
            <source>{host} is not hooks.slack.com; fine for Mattermost or Rocket.Chat</source>
            <translation>{host} — не hooks.slack.com; подходит для Mattermost или Rocket.Chat</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="61" />
            <source>the webhook was removed or disabled; create a new one</source>
            <translation>вебхук удалён или отключён; создайте новый</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="62" />
            <source>the webhook URL is wrong or was revoked</source>
            <translation>адрес вебхука неверен или отозван</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="63" />
            <source>the channel does not exist or the webhook cannot post there</source>
            <translation>канал не существует или вебхук не может в него публиковать</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="64" />
            <source>the channel is archived</source>
            <translation>канал в архиве</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="65" />
            <source>a workspace admin does not allow this webhook to post</source>
            <translation>администратор рабочего пространства запретил этому вебхуку публиковать</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="66" />
            <source>only admins may post to that channel</source>
            <translation>в этот канал могут писать только администраторы</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="67" />
            <source>Slack could not read the message</source>
            <translation>Slack не смог прочитать сообщение</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="68" />
            <source>the message was empty</source>
            <translation>сообщение было пустым</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="106" />
            <source>Slack: no webhook URL is set</source>
            <translation>Slack: адрес вебхука не задан</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="113" />
            <source>Slack: {failure}</source>
            <translation>Slack: {failure}</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="117" />
            <source>Posted to Slack ({status_code} {reply})</source>
            <translation>Опубликовано в Slack ({status_code} {reply})</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="119" />
            <source>Posted ({status_line})</source>
            <translation>Опубликовано ({status_line})</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="123" />
            <source>Slack answered {status_line}: {value}{hint}</source>
            <translation>Slack ответил {status_line}: {value}{hint}</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="126" />
            <source>(empty body)</source>
            <translation>(пустой ответ)</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="127" />
            <source> — {hint}</source>
            <translation> — {hint}</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="134" />
            <source>no webhook URL is set</source>
            <translation>адрес вебхука не задан</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="138" />
            <source>the webhook URL {error}</source>
            <translation>адрес вебхука {error}</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="140" />
            <source>a hooks.slack.com URL looks like https://hooks.slack.com/services/T…/B…/…; copy it again from Slack</source>
            <translation>адрес hooks.slack.com выглядит как https://hooks.slack.com/services/T…/B…/…; скопируйте его из Slack ещё раз</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="150" />
            <source>Slack: {problem}</source>
            <translation>Slack: {problem}</translation>
        </message>
        <message>
            <location filename="../../channels/slack.py" line="161" />
            <source>The webhook URL looks right and {reached}; nothing was posted</source>
            <translation>Адрес вебхука выглядит правильно, {reached}; ничего не опубликовано</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Telegram</source>
            <translation>Telegram</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Bot token</source>
            <translation>Токен бота</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>The token @BotFather gave you.</source>
            <translation>Токен, который выдал @BotFather.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Chat ID</source>
            <translation>ID чата</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>The chat to send to: a number (groups start with -100) or @channelname.</source>
            <translation>Чат для отправки: число (у групп начинается с -100) или @имяканала.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Bot API server</source>
            <translation>Сервер Bot API</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Change only for a self-hosted Bot API server.</source>
            <translation>Меняйте только для собственного сервера Bot API.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Formatting</source>
            <translation>Форматирование</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>How Telegram reads the message text.</source>
            <translation>Как Telegram разбирает текст сообщения.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Send silently</source>
            <translation>Без звука</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Deliver without a sound.</source>
            <translation>Доставлять без звукового сигнала.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>Topic ID</source>
            <translation>ID темы</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="0" />
            <source>For forum groups: the topic (message thread) to post in.</source>
            <translation>Для групп-форумов: тема (ветка), в которую писать.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="24" />
            <source>Getting a bot token:</source>
            <translation>Как получить токен бота:</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="24" />
            <source>1. Find @BotFather in Telegram.</source>
            <translation>1. Найдите @BotFather в Telegram.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="24" />
            <source>2. Send the command /newbot.</source>
            <translation>2. Отправьте команду /newbot.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="24" />
            <source>3. Follow the instructions to create a bot.</source>
            <translation>3. Следуйте инструкциям, чтобы создать бота.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="24" />
            <source>4. Copy the token you receive.</source>
            <translation>4. Скопируйте полученный токен.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="24" />
            <source>Getting the chat ID:</source>
            <translation>Как получить ID чата:</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="24" />
            <source>1. Add the bot to a group or channel.</source>
            <translation>1. Добавьте бота в группу или канал.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="24" />
            <source>2. Send the bot a message.</source>
            <translation>2. Отправьте боту сообщение.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="24" />
            <source>3. Use “Find chat ID” (the Bot API's getUpdates) and pick the chat.</source>
            <translation>3. Нажмите «Найти ID чата» (метод getUpdates Bot API) и выберите чат.</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="79" />
            <source>send the bot a message (or add it to the group), then use “Find chat ID” (getUpdates) to get its id</source>
            <translation>отправьте боту сообщение (или добавьте его в группу), затем нажмите «Найти ID чата» (getUpdates), чтобы узнать ID</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="119" />
            <source>Telegram: no bot token is set</source>
            <translation>Telegram: токен бота не задан</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="123" />
            <source>Telegram: the bot token {error}</source>
            <translation>Telegram: токен бота {error}</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="135" />
            <source>the bot token was rejected (401) — copy it again from @BotFather</source>
            <translation>токен бота отклонён (401) — скопируйте его у @BotFather ещё раз</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="137" />
            <source>chat not found (400) — {how}</source>
            <translation>чат не найден (400) — {how}</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="139" />
            <source>the bot is not in that chat or was blocked (403: {description})</source>
            <translation>бота нет в этом чате или он заблокирован (403: {description})</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="141" />
            <source>no such Bot API call (404 Not Found) — check the Bot API server address and the token</source>
            <translation>такого метода Bot API нет (404 Not Found) — проверьте адрес сервера Bot API и токен</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="143" />
            <source>the bot has a webhook set, so getUpdates cannot list its chats (409)</source>
            <translation>у бота настроен вебхук, поэтому getUpdates не может показать его чаты (409)</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="145" />
            <source>answered {status_line}: {description}</source>
            <translation>ответил {status_line}: {description}</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="146" />
            <source>Telegram: {message}</source>
            <translation>Telegram: {message}</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="168" />
            <source>Telegram: {failure}</source>
            <translation>Telegram: {failure}</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="178" />
            <source>Telegram: too many requests (429) — it asks to wait {seconds}, more than the {seconds2} allowed; try again later</source>
            <translation>Telegram: слишком много запросов (429) — просит подождать {seconds}, это больше допустимых {seconds2}; повторите позже</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="194" />
            <source>Telegram: getMe answered without a bot</source>
            <translation>Telegram: getMe ответил без данных бота</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="256" />
            <source>{reason} (after {sent} of {count} messages were sent)</source>
            <translation>{reason} (после отправки {sent} из {count} сообщений)</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="261" />
            <source> as {count} messages</source>
            <translation> в виде {count} сообщений</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="263" />
            <source>Sent to Telegram chat {chatId}{parts}</source>
            <translation>Отправлено в чат Telegram {chatId}{parts}</translation>
        </message>
        <message>
            <location filename="../../channels/telegram.py" line="281" />
            <source>The bot token works ({handle}) and reaches {chat}; nothing was sent</source>
            <translation>Токен бота работает ({handle}), чат {chat} доступен; ничего не отправлено</translation>
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
            <source>The HTTP method of the request.</source>
            <translation>HTTP-метод запроса.</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>Headers</source>
            <translation>Заголовки</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>Extra HTTP headers, e.g. Authorization. Their values are kept as secrets.</source>
            <translation>Дополнительные HTTP-заголовки, например Authorization. Их значения хранятся как секреты.</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>Timeout (s)</source>
            <translation>Тайм-аут (с)</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>Seconds to wait for an answer, 1–300.</source>
            <translation>Сколько секунд ждать ответа, 1–300.</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>Signing secret</source>
            <translation>Секрет подписи</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>When set, the body is signed with HMAC-SHA256 (as the PingTower server does).</source>
            <translation>Если задан, тело запроса подписывается HMAC-SHA256 (как это делает сервер PingTower).</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>Signature header</source>
            <translation>Заголовок подписи</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="0" />
            <source>Carries sha256=&lt;base64 HMAC of the body&gt;.</source>
            <translation>Содержит sha256=&lt;HMAC тела в base64&gt;.</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="107" />
            <source>Webhook: {error}</source>
            <translation>Вебхук: {error}</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="115" />
            <source>Delivered: {where} answered {status_line}</source>
            <translation>Доставлено: {where} ответил {status_line}</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="119" />
            <source> with an empty body</source>
            <translation> с пустым телом</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="120" />
            <source>Webhook: {where} answered {status_line}{detail}</source>
            <translation>Вебхук: {where} ответил {status_line}{detail}</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="144" />
            <source>Webhook: the URL {error}</source>
            <translation>Вебхук: адрес {error}</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="146" />
            <source>Webhook: {failure}</source>
            <translation>Вебхук: {failure}</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="147" />
            <source>The URL looks right and {reached}; nothing was sent</source>
            <translation>Адрес выглядит правильно, {reached}; ничего не отправлено</translation>
        </message>
        <message>
            <location filename="../../channels/webhook.py" line="159" />
            <source>Sends the documented JSON payload (username, serviceName, serviceUrl, status, severity, message, timestamp, metadata) to your URL; any 2xx answer counts as delivered.</source>
            <translation>Отправляет на ваш адрес описанный в документации JSON (username, serviceName, serviceUrl, status, severity, message, timestamp, metadata); любой ответ 2xx считается доставкой.</translation>
        </message>
        <message>
            <location filename="../../delivery/history.py" line="83" />
            <source>not a history entry</source>
            <translation>это не запись истории</translation>
        </message>
        <message>
            <location filename="../../delivery/rotation.py" line="51" />
            <source>none</source>
            <translation>без форматирования</translation>
        </message>
        <message>
            <location filename="../../delivery/rotation.py" line="52" />
            <source>{key} is not a secret of this channel (its secrets: {keys})</source>
            <translation>{key} — не секрет этого канала (его секреты: {keys})</translation>
        </message>
        <message>
            <location filename="../../delivery/rotation.py" line="59" />
            <source>the new {key} is not valid, nothing was changed: {error}</source>
            <translation>новое значение {key} недопустимо, ничего не изменено: {error}</translation>
        </message>
        <message>
            <location filename="../../delivery/rotation.py" line="64" />
            <source>the new {key} was not accepted, nothing was changed: {why}</source>
            <translation>новое значение {key} не принято, ничего не изменено: {why}</translation>
        </message>
        <message>
            <location filename="../../delivery/rotation.py" line="77" />
            <source>the new {key} is saved, but the check after saving failed: {why}</source>
            <translation>новое значение {key} сохранено, но проверка после сохранения не прошла: {why}</translation>
        </message>
        <message>
            <location filename="../../delivery/rotation.py" line="84" />
            <source>the new {key} is saved and works; the old one is gone from the keyring</source>
            <translation>новое значение {key} сохранено и работает; старое удалено из хранилища ключей</translation>
        </message>
        <message>
            <location filename="../../delivery/runner.py" line="33" />
            <source>Not sent: the channel is invalid — {error}</source>
            <translation>Не отправлено: канал заполнен с ошибками — {error}</translation>
        </message>
        <message>
            <location filename="../../delivery/runner.py" line="94" />
            <source>Not sent: {need}</source>
            <translation>Не отправлено: {need}</translation>
        </message>
        <message>
            <location filename="../../delivery/runner.py" line="166" />
            <source>{label}: no answer within {limit} s</source>
            <translation>{label}: нет ответа за {limit} с</translation>
        </message>
        <message>
            <location filename="../../delivery/runner.py" line="170" />
            <source>Unexpected error: {name}: {error}</source>
            <translation>Непредвиденная ошибка: {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../delivery/runner.py" line="185" />
            <source>write the history to</source>
            <translation>записать журнал в</translation>
        </message>
        <message>
            <location filename="../../delivery/stats.py" line="27" />
            <source>'{text}' is not a period such as 24h, 7d or 30d</source>
            <translation>«{text}» — не период вида 24h, 7d или 30d</translation>
        </message>
        <message>
            <location filename="../../draft.py" line="22" />
            <source>a default channel must be enabled: enable it too, or leave it not the default</source>
            <translation>основной канал должен быть включён: включите его или не делайте основным</translation>
        </message>
        <message>
            <location filename="../../draft.py" line="186" />
            <source>another channel is already called “{name}”</source>
            <translation>другой канал уже называется «{name}»</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="78" />
            <source>{path} is not a regular file (a device, pipe or folder cannot be imported)</source>
            <translation>{path} — не обычный файл (устройство, канал или папку импортировать нельзя)</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="82" />
            <source>{path} is {value} MB: too large for a file of channels</source>
            <translation>{path} занимает {value} МБ: слишком много для файла каналов</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="89" />
            <source>{path} is too large for a file of channels</source>
            <translation>{path} слишком велик для файла каналов</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="93" />
            <source>{path} is not valid JSON: it is not UTF-8 text</source>
            <translation>{path} — не корректный JSON: это не текст в UTF-8</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="95" />
            <source>{path} is not valid JSON: {error}</source>
            <translation>{path} — некорректный JSON: {error}</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="116" />
            <source>expected a list of channels, an object of channels keyed like the document's "full configuration" (pythonBot, telegram …), or a PingTower Desktop export</source>
            <translation>ожидался список каналов, объект каналов с ключами как в «полной конфигурации» из документации (pythonBot, telegram …) или экспорт PingTower Desktop</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="122" />
            <source>entry {index}</source>
            <translation>запись {index}</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="161" />
            <source>a {name} channel named '{name2}' is stored here; this entry is {name3} — rename one of them (or delete the stored one) and import again</source>
            <translation>здесь хранится канал {name} с названием «{name2}»; эта запись — {name3}: переименуйте один из них (или удалите хранимый) и импортируйте снова</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="205" />
            <source>{problem} (the file holds no value for it)</source>
            <translation>{problem} (в файле нет значения)</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="220" />
            <source>{key} (the file holds only a placeholder)</source>
            <translation>{key} (в файле только заполнитель)</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="222" />
            <source>{key} (the file holds no value for it)</source>
            <translation>{key} (в файле нет значения)</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="226" />
            <source>incomplete, kept disabled: fill in {named}, then enable it</source>
            <translation>неполный, оставлен выключенным: заполните {named}, затем включите его</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="237" />
            <source>placeholders in the file ignored, the stored values kept: {fields}</source>
            <translation>заполнители из файла пропущены, сохранённые значения оставлены: {fields}</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="239" />
            <source>placeholders in the file left out: {fields}</source>
            <translation>заполнители из файла не взяты: {fields}</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="340" />
            <source>name: appears more than once in this file</source>
            <translation>name: встречается в этом файле несколько раз</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="343" />
            <source>id: appears more than once in this file</source>
            <translation>id: встречается в этом файле больше одного раза</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="350" />
            <source>isDefault ignored: a default channel must be enabled, and this one is disabled</source>
            <translation>isDefault пропущен: основной канал должен быть включён, а этот выключен</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="354" />
            <source>isDefault ignored: an earlier channel in this file is the default</source>
            <translation>isDefault пропущен: основным уже назначен канал выше в этом файле</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="376" />
            <source>left as it is</source>
            <translation>оставлено как есть</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="378" />
            <source>changed here since the preview: import again to see how</source>
            <translation>изменён здесь после предпросмотра: импортируйте снова, чтобы увидеть, как именно</translation>
        </message>
        <message>
            <location filename="../../importexport.py" line="410" />
            <source>PingTower Desktop {version}</source>
            <translation>PingTower Desktop {version}</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="34" />
            <source>an unnamed user</source>
            <translation>пользователь без имени</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="36" />
            <source>{who}; the token does not expire</source>
            <translation>{who}; токен бессрочный</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="38" />
            <source>{who}; the token {value} {when}</source>
            <translation>{who}; токен {value} {when}</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="46" />
            <source>that is not a JWT (three dot-separated base64url parts)</source>
            <translation>это не JWT (нужны три части base64url через точку)</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="51" />
            <source>that is not a JWT: its claims are not base64url JSON</source>
            <translation>это не JWT: его данные не JSON в base64url</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="53" />
            <source>that is not a JWT: its claims are not a JSON object</source>
            <translation>это не JWT: его данные не JSON-объект</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="76" />
            <source>{hostname} is reached over plain http: the password and the login token travel unencrypted and anyone on the way can read them. Use https:// if the server offers it.</source>
            <translation>С {hostname} связь идёт по обычному http: пароль и токен входа передаются без шифрования, и их может прочитать любой на пути. Используйте https://, если сервер его поддерживает.</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="87" />
            <source>'{url}' is not an http:// or https:// URL with a host</source>
            <translation>«{url}» — не адрес http:// или https:// с именем хоста</translation>
        </message>
        <message>
            <location filename="../../server/auth.py" line="89" />
            <source>the server URL must not have a query (?…) or fragment (#…)</source>
            <translation>в адресе сервера не должно быть запроса (?…) или фрагмента (#…)</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="112" />
            <source>nowhere it names</source>
            <translation>неуказанный адрес</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="115" />
            <source>{action}: the server redirects to {location} ({status_line}) — if that is the server's address, log in with that URL</source>
            <translation>{action}: сервер перенаправляет на {location} ({status_line}) — если это адрес сервера, войдите по этому адресу</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="134" />
            <source>{action}: the server refused the login ({status_line}) — log in again</source>
            <translation>{action}: сервер отклонил вход ({status_line}) — войдите снова</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="145" />
            <source>{action}: not found on the server (404){said}</source>
            <translation>{action}: на сервере не найдено (404){said}</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="155" />
            <source>{action}: the server rejected it ({status}): {why}</source>
            <translation>{action}: сервер отклонил запрос ({status}): {why}</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="163" />
            <source>{action}: the server failed ({status_line}){value}</source>
            <translation>{action}: ошибка сервера ({status_line}){value}</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="167" />
            <source> without saying why</source>
            <translation> без объяснения причины</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="174" />
            <source>{action}: the server answered {status_line}{said}</source>
            <translation>{action}: сервер ответил {status_line}{said}</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="192" />
            <source>listing the channels: the server's answer is not a list of channels</source>
            <translation>получение списка каналов: ответ сервера — не список каналов</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="259" />
            <source>{action}: the server's answer is too large</source>
            <translation>{action}: ответ сервера слишком большой</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="264" />
            <source>{action}: {why}</source>
            <translation>{action}: {why}</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="279" />
            <source>'{server_id}' is not a channel id</source>
            <translation>«{server_id}» — не идентификатор канала</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="285" />
            <source>{action}: the server's answer is not JSON</source>
            <translation>{action}: ответ сервера — не JSON</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="296" />
            <source>logging in</source>
            <translation>вход</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="306" />
            <source>{action}: there is no login at {login_path} — check the server URL and dialect</source>
            <translation>{action}: по адресу {login_path} нет входа — проверьте адрес сервера и его API</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="317" />
            <source>{action}: the server failed ({status_line}{said}) and did not say whether the e-mail or password is wrong — check them, or the server's log</source>
            <translation>{action}: сбой на сервере ({status_line}{said}), и он не сказал, неверны ли e-mail или пароль — проверьте их или журнал сервера</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="328" />
            <source>{action}: the e-mail or password was not accepted ({status_line}{said})</source>
            <translation>{action}: e-mail или пароль не приняты ({status_line}{said})</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="338" />
            <source>{action}: the server's answer holds no token</source>
            <translation>{action}: в ответе сервера нет токена</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="353" />
            <source>listing the channels</source>
            <translation>получение списка каналов</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="369" />
            <source>{action}: the server lists more than the {limit} channels accepted from one server — nothing was changed; allow more with --max-channels (the command line) or in the Server dialog</source>
            <translation>{action}: сервер перечисляет больше {limit} каналов — столько принимается от одного сервера; ничего не изменено. Разрешите больше параметром --max-channels (командная строка) или в диалоге «Сервер»</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="388" />
            <source>listing the channels: the server lists more than one channel with the id {ids} — nothing was changed</source>
            <translation>получение списка каналов: сервер перечисляет несколько каналов с идентификатором {ids} — ничего не изменено</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="396" />
            <source>reading channel {server_id}</source>
            <translation>чтение канала {server_id}</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="402" />
            <source>{action}: not found on the server</source>
            <translation>{action}: на сервере не найдено</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="407" />
            <source>creating '{name}' on the server</source>
            <translation>создание «{name}» на сервере</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="418" />
            <source>updating '{name}' on the server</source>
            <translation>обновление «{name}» на сервере</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="432" />
            <source>deleting channel {server_id} on the server</source>
            <translation>удаление канала {server_id} на сервере</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="444" />
            <source>testing '{value}' through the server</source>
            <translation>тест «{value}» через сервер</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="466" />
            <source>looking for the PingTower API</source>
            <translation>поиск API PingTower</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="480" />
            <source>no PingTower API answers at {base_url} (tried {channels_path} and {channels_path2}) — check the URL, or choose the dialect by hand</source>
            <translation>по адресу {base_url} не отвечает API PingTower (проверены {channels_path} и {channels_path2}) — проверьте адрес или выберите API вручную</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="491" />
            <source>this server has no default channel; it is kept on this computer</source>
            <translation>у этого сервера нет основного канала; он хранится на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../server/client.py" line="499" />
            <source>reading the default channel</source>
            <translation>чтение основного канала</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="158" />
            <source>{key} ({what})</source>
            <translation>{key} ({what})</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="173" />
            <source>{key} {why}</source>
            <translation>{key} {why}</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="221" />
            <source>the server sent something that is not a channel</source>
            <translation>сервер прислал не канал</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="225" />
            <source>the server sent a channel whose id is not an id</source>
            <translation>сервер прислал канал, идентификатор которого не является идентификатором</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="229" />
            <source>the server sent channel {server_id} without a name or type</source>
            <translation>сервер прислал канал {server_id} без названия или типа</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="267" />
            <source>the documented API (/api/v1/notifications/channels)</source>
            <translation>документированный API (/api/v1/notifications/channels)</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="277" />
            <source>the server has no sender for this type: its test answers 500 and it never delivers through it</source>
            <translation>у сервера нет отправителя для этого типа: его тест отвечает 500, и он никогда не доставляет через такой канал</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="281" />
            <source>the PingTower reference server (/v1/api/notifications/channels)</source>
            <translation>эталонный сервер PingTower (/v1/api/notifications/channels)</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="290" />
            <source>this server shows every user's channels, secrets included, to everyone who logs in, and lets anyone delete them: other users' channels are copied here only when you agree, and a channel this computer did not create is deleted there only when you confirm it by name</source>
            <translation>этот сервер показывает каналы всех пользователей, вместе с секретами, каждому вошедшему и позволяет любому их удалить: чужие каналы копируются сюда только с вашего согласия, а канал, созданный не этим компьютером, удаляется там только после подтверждения по имени</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="295" />
            <source>this server cannot create channels through its API (a known defect of the reference server): channels made here stay here; those already on the server are kept in step</source>
            <translation>этот сервер не умеет создавать каналы через свой API (известный дефект эталонного сервера): созданные здесь каналы остаются здесь; уже имеющиеся на сервере синхронизируются</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="299" />
            <source>channels synced there do not receive the server's real alerts: its monitoring sends only to channels of a separate, in-memory API</source>
            <translation>синхронизированные туда каналы не получают настоящих оповещений сервера: его мониторинг отправляет только в каналы отдельного API, хранящего их в памяти</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="303" />
            <source>the server shows back values holding ':' or ',' missing or cut (URLs, bot tokens, recipient lists): those are never taken from it nor sent back altered; the values here stay whole</source>
            <translation>значения с «:» или «,» сервер возвращает пропущенными или обрезанными (адреса, токены ботов, списки получателей): их никогда не берут с сервера и не отправляют обратно искажёнными; здешние значения остаются целыми</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="307" />
            <source>the default channel is kept on this computer only: the server has none</source>
            <translation>основной канал хранится только на этом компьютере: у сервера его нет</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="308" />
            <source>webhook headers stay on this computer: the server cannot store them</source>
            <translation>заголовки вебхука остаются на этом компьютере: сервер не умеет их хранить</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="309" />
            <source>a test through the server only says the server accepted it: it does not report delivery</source>
            <translation>тест через сервер сообщает лишь, что сервер его принял: о доставке сервер не сообщает</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="317" />
            <source>the server always sends POST</source>
            <translation>сервер всегда отправляет POST</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="318" />
            <source>the server always waits 15 s</source>
            <translation>сервер всегда ждёт 15 с</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="321" />
            <source>the server always sends HTML</source>
            <translation>сервер всегда отправляет HTML</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="322" />
            <source>the server ignores it</source>
            <translation>сервер это игнорирует</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="327" />
            <source>the server always uses api.telegram.org</source>
            <translation>сервер всегда использует api.telegram.org</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="338" />
            <source>an older PingTower reference server (/v1/api/v1/notifications/channels, login by user name)</source>
            <translation>старая версия эталонного сервера PingTower (/v1/api/v1/notifications/channels, вход по имени пользователя)</translation>
        </message>
        <message>
            <location filename="../../server/dialects.py" line="351" />
            <source>unknown server dialect '{name}' (known: {known})</source>
            <translation>неизвестный API сервера «{name}» (известные: {known})</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="38" />
            <source>create on the server</source>
            <translation>создать на сервере</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="39" />
            <source>update on the server</source>
            <translation>обновить на сервере</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="40" />
            <source>delete on the server</source>
            <translation>удалить на сервере</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="41" />
            <source>create here</source>
            <translation>создать здесь</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="42" />
            <source>update here</source>
            <translation>обновить здесь</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="43" />
            <source>delete here</source>
            <translation>удалить здесь</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="44" />
            <source>already the same</source>
            <translation>уже совпадает</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="45" />
            <source>gone from both sides</source>
            <translation>удалён с обеих сторон</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="46" />
            <source>conflict</source>
            <translation>конфликт</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="47" />
            <source>not synced</source>
            <translation>не синхронизируется</translation>
        </message>
        <message>
            <location filename="../../server/ops.py" line="48" />
            <source>keep here</source>
            <translation>оставить здесь</translation>
        </message>
        <message>
            <location filename="../../server/reference_codec.py" line="57" />
            <source>holds " or \, which the server writes unescaped: its copy would stop working</source>
            <translation>содержит " или \, которые сервер записывает без экранирования: его копия перестала бы работать</translation>
        </message>
        <message>
            <location filename="../../server/reference_codec.py" line="59" />
            <source>holds { or }, which the server drops</source>
            <translation>содержит { или }, которые сервер отбрасывает</translation>
        </message>
        <message>
            <location filename="../../server/reference_codec.py" line="61" />
            <source>starts or ends with a blank, which the server trims</source>
            <translation>начинается или заканчивается пробелом, который сервер обрезает</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="11" />
            <source>the server accepted the test; it does not report delivery</source>
            <translation>сервер принял тест; о доставке он не сообщает</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="29" />
            <source>the server cannot send {label} channels (it does not implement {name}) — test it directly from this computer instead</source>
            <translation>сервер не умеет отправлять в каналы {label} (не поддерживает {name}) — проверьте канал напрямую с этого компьютера</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="39" />
            <source>the server sent the test</source>
            <translation>сервер отправил тест</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="39" />
            <source>the server could not deliver the test</source>
            <translation>сервер не смог доставить тест</translation>
        </message>
        <message>
            <location filename="../../server/remote_test.py" line="41" />
            <source>{verdict} (it said: {words})</source>
            <translation>{verdict} (ответ сервера: {words})</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="42" />
            <source>log in with: pingtower-desktop-cli server login URL --email E --password-stdin</source>
            <translation>войдите командой: pingtower-desktop-cli server login URL --email E --password-stdin</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="134" />
            <source>give either a password or a token</source>
            <translation>укажите либо пароль, либо токен</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="138" />
            <source>the token is empty</source>
            <translation>токен пуст</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="142" />
            <source>that token has expired ({expiry}) — log in again</source>
            <translation>срок действия токена истёк ({expiry}) — войдите снова</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="148" />
            <source>an e-mail is needed to log in with a password</source>
            <translation>для входа по паролю нужен e-mail</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="158" />
            <source>no channel API at {base_url}{channels_path} — check the URL, or the dialect (this is {description})</source>
            <translation>по адресу {base_url}{channels_path} нет API каналов — проверьте адрес или API сервера (выбран: {description})</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="182" />
            <source>no server is set up — {how}</source>
            <translation>сервер не настроен — {how}</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="196" />
            <source>logged out of {base_url} — {how}</source>
            <translation>выход с {base_url} выполнен — {how}</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="201" />
            <source>the login to {base_url} has expired ({expiry}) — log in again</source>
            <translation>вход на {base_url} истёк ({expiry}) — войдите снова</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="208" />
            <source>{base_url} ({dialect}) as {who}</source>
            <translation>{base_url} ({dialect}), пользователь {who}</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="320" />
            <source>the server already has it, or it waits for the next sync: nothing was sent</source>
            <translation>на сервере это уже есть, или это ждёт следующей синхронизации: ничего не отправлено</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="325" />
            <source>not sent to the server: {error}</source>
            <translation>не отправлен на сервер: {error}</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="326" />
            <source>sent to the server</source>
            <translation>отправлено на сервер</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="344" />
            <source>'{name}' is not on the server yet: sync first</source>
            <translation>«{name}» ещё нет на сервере: сначала синхронизируйте</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="363" />
            <source>an opaque token</source>
            <translation>непрозрачный токен</translation>
        </message>
        <message>
            <location filename="../../server/service.py" line="364" />
            <source>connected to {base_url} ({dialect}) as {who}; {count} channel(s) on the server</source>
            <translation>подключено к {base_url} ({dialect}) как {who}; каналов на сервере: {count}</translation>
        </message>
        <message>
            <location filename="../../server/snapshot.py" line="167" />
            <source>this app does not know the channel type {type}</source>
            <translation>это приложение не знает тип канала {type}</translation>
        </message>
        <message>
            <location filename="../../server/snapshot.py" line="208" />
            <source>: it drops values holding ':' or ','</source>
            <translation>: он отбрасывает значения с ':' или ','</translation>
        </message>
        <message>
            <location filename="../../server/snapshot.py" line="209" />
            <source> (the server did not show {fields}{why})</source>
            <translation> (сервер не показал {fields}{why})</translation>
        </message>
        <message>
            <location filename="../../server/snapshot.py" line="214" />
            <source>the server's copy is not valid here: {error}{hidden}</source>
            <translation>серверная копия здесь недопустима: {error}{hidden}</translation>
        </message>
        <message>
            <location filename="../../server/snapshot.py" line="229" />
            <source>the server's copy cannot be kept here: {error}{hidden}</source>
            <translation>серверную копию нельзя сохранить здесь: {error}{hidden}</translation>
        </message>
        <message>
            <location filename="../../server/states.py" line="27" />
            <source>not set up</source>
            <translation>не настроен</translation>
        </message>
        <message>
            <location filename="../../server/states.py" line="28" />
            <source>logged out</source>
            <translation>выход выполнен</translation>
        </message>
        <message>
            <location filename="../../server/states.py" line="29" />
            <source>token expired</source>
            <translation>токен истёк</translation>
        </message>
        <message>
            <location filename="../../server/states.py" line="30" />
            <source>logged in</source>
            <translation>вход выполнен</translation>
        </message>
        <message>
            <location filename="../../server/states.py" line="31" />
            <source>connected</source>
            <translation>подключён</translation>
        </message>
        <message>
            <location filename="../../server/states.py" line="32" />
            <source>offline</source>
            <translation>недоступен</translation>
        </message>
        <message>
            <location filename="../../server/states.py" line="33" />
            <source>login refused</source>
            <translation>вход отклонён</translation>
        </message>
        <message>
            <location filename="../../server/states.py" line="34" />
            <source>error</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="164" />
            <source>changed here after the plan was made</source>
            <translation>изменён здесь после составления плана</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="166" />
            <source>deleted here after the plan was made</source>
            <translation>удалён здесь после составления плана</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="170" />
            <source>deleted on the server after the plan was made</source>
            <translation>удалён на сервере после составления плана</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="172" />
            <source>changed on the server after the plan was made</source>
            <translation>изменён на сервере после составления плана</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="174" />
            <source>{why}: nothing was overwritten — sync again to see both versions</source>
            <translation>{why}: ничего не перезаписано — синхронизируйте снова, чтобы увидеть обе версии</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="212" />
            <source>could not save '{name}' here: {error}</source>
            <translation>не удалось сохранить «{name}» здесь: {error}</translation>
        </message>
        <message>
            <location filename="../../server/sync.py" line="278" />
            <source>another sync ran since this plan was made: make the plan again</source>
            <translation>после составления плана прошла другая синхронизация: составьте план заново</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="33" />
            <source>this server cannot create channels through its API (a known defect of the reference server): it stays on this computer</source>
            <translation>этот сервер не умеет создавать каналы через свой API (известный дефект эталонного сервера): канал остаётся на этом компьютере</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="37" />
            <source>on the server but not made by this computer (the server shows every user's channels): copied here only if you agree</source>
            <translation>есть на сервере, но создан не этим компьютером (сервер показывает каналы всех пользователей): копируется сюда только с вашего согласия</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="41" />
            <source>deleted there only if you confirm it by name</source>
            <translation>удаляется там, только если вы подтвердите по имени</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="97" />
            <source> [server id {server_id}]</source>
            <translation> [id на сервере {server_id}]</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="98" />
            <source> — {note}</source>
            <translation> — {note}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="99" />
            <source>{step}: {name}{where}{note}</source>
            <translation>{step}: {name}{where}{note}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="223" />
            <source>name</source>
            <translation>имя</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="223" />
            <source>type</source>
            <translation>тип</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="223" />
            <source>enabled</source>
            <translation>включён</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="223" />
            <source>default</source>
            <translation>по умолчанию</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="237" />
            <source>{field} ({part})</source>
            <translation>{field} ({part})</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="255" />
            <source>these settings together do not make a valid channel: {error}</source>
            <translation>эти настройки вместе не дают правильный канал: {error}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="271" />
            <source>no free name for {name}</source>
            <translation>нет свободного имени для {name}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="343" />
            <source>'{name}' is not a conflict</source>
            <translation>«{name}» — не конфликт</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="346" />
            <source>the server's copy of '{name}' cannot be kept here: {note}</source>
            <translation>серверную копию «{name}» нельзя сохранить здесь: {note}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="351" />
            <source>conflict: kept this computer's version</source>
            <translation>конфликт: оставлена версия этого компьютера</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="353" />
            <source>conflict: kept the server's version</source>
            <translation>конфликт: оставлена версия сервера</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="358" />
            <source>conflict: kept both — this computer's '{name}' and the server's '{copy_name}', on both sides</source>
            <translation>конфликт: сохранены оба — «{name}» этого компьютера и «{copy_name}» сервера, на обеих сторонах</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="369" />
            <source>unknown choice {choice} (local, server or both)</source>
            <translation>неизвестный выбор {choice} (local, server или both)</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="383" />
            <source>conflict: this computer's version with the server's {fields}</source>
            <translation>конфликт: версия этого компьютера со значениями сервера для полей: {fields}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="402" />
            <source>in sync</source>
            <translation>синхронизирован</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="466" />
            <source>the server has none of the synced channels any more (was it reset?): created again, not deleted here</source>
            <translation>на сервере не осталось ни одного синхронизированного канала (его сбросили?): создан заново, здесь не удалён</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="471" />
            <source>not deleted on the server: some channels here could not be read, so it may not be gone here</source>
            <translation>не удалён на сервере: часть каналов здесь не прочитана, так что, возможно, он здесь не удалён</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="482" />
            <source>the server ignores {fields}</source>
            <translation>сервер игнорирует {fields}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="486" />
            <source>sent only if you agree: the server cannot store it — {why}</source>
            <translation>отправляется только с вашего согласия: сервер не может это сохранить — {why}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="496" />
            <source>{fields} stay on this computer (the server cannot store them)</source>
            <translation>{fields} остаются на этом компьютере (сервер не умеет их хранить)</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="505" />
            <source>deleted on both sides</source>
            <translation>удалён на обеих сторонах</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="509" />
            <source>deleted on the server</source>
            <translation>удалён на сервере</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="510" />
            <source>deleted on the server but changed here: kept, and created on the server again</source>
            <translation>удалён на сервере, но изменён здесь: сохранён и создан на сервере заново</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="516" />
            <source>deleted here; this computer did not create it on the server: {DELETE_THERE_NOTE}</source>
            <translation>удалён здесь; на сервере его создал не этот компьютер: {DELETE_THERE_NOTE}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="523" />
            <source>deleted here</source>
            <translation>удалён здесь</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="526" />
            <source>deleted here but changed on the server: kept, and copied back here</source>
            <translation>удалён здесь, но изменён на сервере: сохранён и скопирован сюда обратно</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="528" />
            <source>deleted here but changed on the server: kept on the server only — {problem}</source>
            <translation>удалён здесь, но изменён на сервере: сохранён только на сервере — {problem}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="540" />
            <source>changed here: {fields}</source>
            <translation>изменено здесь: {fields}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="544" />
            <source>changed on the server: {fields}</source>
            <translation>изменено на сервере: {fields}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="551" />
            <source>the same change on both sides</source>
            <translation>одинаковое изменение на обеих сторонах</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="553" />
            <source>changed on both sides — here: {fields_here}; on the server: {fields_there}</source>
            <translation>изменено на обеих сторонах — здесь: {fields_here}; на сервере: {fields_there}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="566" />
            <source>resumed after a sync that was cut off</source>
            <translation>продолжено после прерванной синхронизации</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="577" />
            <source>already on the server</source>
            <translation>уже есть на сервере</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="583" />
            <source>both sides have it with different settings: {fields}</source>
            <translation>есть на обеих сторонах с разными параметрами: {fields}</translation>
        </message>
        <message>
            <location filename="../../server/sync_plan.py" line="617" />
            <source>renamed to '{name}' on both sides: '{taken}' is taken here</source>
            <translation>переименован в «{name}» на обеих сторонах: имя «{taken}» здесь занято</translation>
        </message>
        <message>
            <location filename="../../storage/config_file.py" line="35" />
            <source>{path} was written by a newer PingTower Desktop (schema {version}; this version knows schema {SCHEMA_VERSION}). It was left untouched: update PingTower Desktop to change channels.</source>
            <translation>{path} записан более новой версией PingTower Desktop (схема {version}; эта версия знает схему {SCHEMA_VERSION}). Файл не изменён: обновите PingTower Desktop, чтобы менять каналы.</translation>
        </message>
        <message>
            <location filename="../../storage/config_file.py" line="48" />
            <source>its 'channels' is not a list</source>
            <translation>его поле «channels» не является списком</translation>
        </message>
        <message>
            <location filename="../../storage/config_file.py" line="74" />
            <source>it is not a JSON object</source>
            <translation>это не объект JSON</translation>
        </message>
        <message>
            <location filename="../../storage/config_file.py" line="77" />
            <source>its schemaVersion is not a whole number</source>
            <translation>его schemaVersion не является целым числом</translation>
        </message>
        <message>
            <location filename="../../storage/config_file.py" line="174" />
            <source>The channels file {path} could not be read ({reason}); it was moved aside to {target} and PingTower Desktop starts with no channels.</source>
            <translation>Файл каналов {path} не удалось прочитать ({reason}); он перенесён в {target}, и PingTower Desktop запускается без каналов.</translation>
        </message>
        <message>
            <location filename="../../storage/keyring_policy.py" line="76" />
            <source>the keyring library found no backend (its 'fail' backend is active)</source>
            <translation>библиотека keyring не нашла ни одного модуля (активен её модуль «fail»)</translation>
        </message>
        <message>
            <location filename="../../storage/keyring_policy.py" line="78" />
            <source>the keyring library's 'null' backend is selected, which discards secrets</source>
            <translation>выбран модуль «null» библиотеки keyring, который отбрасывает секреты</translation>
        </message>
        <message>
            <location filename="../../storage/keyring_policy.py" line="80" />
            <source>the keyring library has no backend to chain</source>
            <translation>у библиотеки keyring нет модулей для цепочки</translation>
        </message>
        <message>
            <location filename="../../storage/keyring_policy.py" line="87" />
            <source>the only keyring found is {qualified_name}, which keeps secrets in a plain-text file{place}</source>
            <translation>единственное найденное хранилище ключей — {qualified_name}, оно держит секреты в файле открытым текстом{place}</translation>
        </message>
        <message>
            <location filename="../../storage/keyring_policy.py" line="94" />
            <source>the only keyring found is {qualified_name}, which keeps secrets in a file{place}; it is used only when chosen explicitly with PYTHON_KEYRING_BACKEND or keyringrc.cfg</source>
            <translation>единственное найденное хранилище ключей — {qualified_name}, оно держит секреты в файле{place}; оно используется, только если выбрано явно через PYTHON_KEYRING_BACKEND или keyringrc.cfg</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="10" />
            <source>check the permissions of the file and its folder</source>
            <translation>проверьте права на файл и его папку</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="12" />
            <source>free some space on that disk</source>
            <translation>освободите место на этом диске</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="13" />
            <source>free some space (the disk quota is used up)</source>
            <translation>освободите место (дисковая квота исчерпана)</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="14" />
            <source>the file size limit (ulimit -f) is too low</source>
            <translation>слишком низкий предел размера файла (ulimit -f)</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="15" />
            <source>the file system is read-only</source>
            <translation>файловая система доступна только для чтения</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="16" />
            <source>a folder stands where a file should be</source>
            <translation>на месте файла находится папка</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="17" />
            <source>a file stands where a folder should be</source>
            <translation>на месте папки находится файл</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="18" />
            <source>check the path</source>
            <translation>проверьте путь</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="26" />
            <source>cannot {doing} {path}</source>
            <translation>не удалось {doing} {path}</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="26" />
            <source>cannot {doing}</source>
            <translation>не удаётся {doing}</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="28" />
            <source>cannot use {path}</source>
            <translation>не удалось использовать {path}</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="28" />
            <source>cannot use it</source>
            <translation>не удаётся использовать</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="31" />
            <source>{what}: {reason}{fix}</source>
            <translation>{what}: {reason}{fix}</translation>
        </message>
        <message>
            <location filename="../../storage/os_errors.py" line="31" />
            <source> — {fix}</source>
            <translation> — {fix}</translation>
        </message>
        <message>
            <location filename="../../storage/paths.py" line="56" />
            <source>the config folder {config_dir} can be read by other users (mode {mode}); the channels and the sync state kept there hold no secrets but name your servers and recipients: chmod 700 {config_dir}</source>
            <translation>папку настроек {config_dir} могут читать другие пользователи (права {mode}); каналы и состояние синхронизации в ней не содержат секретов, но называют ваши серверы и получателей: chmod 700 {config_dir}</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="51" />
            <source>'{name}' was changed elsewhere meanwhile: {fields}</source>
            <translation>«{name}» тем временем изменили в другом месте: {fields}</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="82" />
            <source>'{name}' is disabled: a default channel must be enabled</source>
            <translation>«{name}» выключен: основной канал должен быть включён</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="84" />
            <source>'{name}' is the default channel: a default channel must be enabled</source>
            <translation>«{name}» — основной канал: основной канал должен быть включён</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="98" />
            <source>no channel is named '{ref}' or has that id</source>
            <translation>нет канала с названием или ID «{ref}»</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="131" />
            <source>a channel named '{name}' already exists</source>
            <translation>канал с названием «{name}» уже существует</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="361" />
            <source>is missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="363" />
            <source>is the id of an earlier entry</source>
            <translation>совпадает с id более ранней записи</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="375" />
            <source>entry {number}{name} ({problem})</source>
            <translation>запись {number}{name} ({problem})</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="379" />
            <source>{count} stored channel(s) could not be read and are not shown; they are kept unchanged in {config_file}: {entries}</source>
            <translation>Не удалось прочитать сохранённые каналы ({count}), они не показаны и хранятся без изменений в {config_file}: {entries}</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="559" />
            <source>a channel with id {id} already exists</source>
            <translation>канал с ID {id} уже существует</translation>
        </message>
        <message>
            <location filename="../../storage/repository.py" line="606" />
            <source>is required before the channel can be enabled</source>
            <translation>обязательно, прежде чем канал можно будет включить</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="30" />
            <source>Start or unlock your desktop keyring (gnome-keyring or KWallet, which provide the Secret Service) and try again; if you accept secrets kept in a file, choose keyrings.alt explicitly (pip install keyrings.alt, then set PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring). Nothing was written in plain text.</source>
            <translation>Запустите или разблокируйте хранилище ключей рабочего стола (gnome-keyring или KWallet, они предоставляют Secret Service) и повторите; если вас устраивает хранение секретов в файле, выберите keyrings.alt явно (pip install keyrings.alt, затем PYTHON_KEYRING_BACKEND=keyrings.alt.file.EncryptedKeyring). Ничего не было записано открытым текстом.</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="37" />
            <source>Start or unlock your desktop keyring (gnome-keyring, KeePassXC or KWallet, which provide the Secret Service; on Debian or Ubuntu: {command}) and try again. Nothing was written in plain text.</source>
            <translation>Запустите или разблокируйте хранилище ключей рабочего стола (gnome-keyring, KeePassXC или KWallet, они предоставляют Secret Service; в Debian или Ubuntu: {command}) и повторите. Ничего не было записано открытым текстом.</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="62" />
            <source>No usable keyring: {reason}. {fix}</source>
            <translation>Хранилище ключей недоступно: {reason}. {fix}</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="112" />
            <source>; the changes before it were saved</source>
            <translation>; изменения до этого сохранены</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="112" />
            <source>; nothing was saved</source>
            <translation>; ничего не сохранено</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="113" />
            <source>the keyring stayed locked ({backend_name}: {detail}){saved}</source>
            <translation>хранилище ключей осталось заблокированным ({backend_name}: {detail}){saved}</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="120" />
            <source>{backend_name} failed: {detail}</source>
            <translation>{backend_name}: ошибка: {detail}</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="161" />
            <source>No usable keyring: {reason}. Secrets are kept in memory for this session only and are forgotten when it ends. {fix}</source>
            <translation>Хранилище ключей недоступно: {reason}. Секреты хранятся в памяти только в этом сеансе и будут забыты после его завершения. {fix}</translation>
        </message>
        <message>
            <location filename="../../storage/secrets.py" line="167" />
            <source>Secrets are kept in the system keyring ({name}).</source>
            <translation>Секреты хранятся в системном хранилище ключей ({name}).</translation>
        </message>
        <message>
            <location filename="../../transport/desktop_proxy.py" line="55" />
            <source>the desktop's proxy comes from an automatic configuration ({script}), which is not supported here: connections go direct — set the proxy in Settings ▸ Network</source>
            <translation>прокси рабочего стола задаётся автоматической настройкой ({script}), которая здесь не поддерживается: соединения идут напрямую — задайте прокси в «Настройки ▸ Сеть»</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="45" />
            <source>the certificate is not trusted</source>
            <translation>сертификат не является доверенным</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="46" />
            <source>the certificate is self-signed and not trusted</source>
            <translation>сертификат самоподписанный и не является доверенным</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="50" />
            <source>the certificate is not yet valid</source>
            <translation>сертификат ещё не действует</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="51" />
            <source>the certificate has expired</source>
            <translation>срок действия сертификата истёк</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="52" />
            <source>the certificate is not valid for this host name</source>
            <translation>сертификат не подходит для этого имени хоста</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="53" />
            <source>the certificate is not valid for this IP address</source>
            <translation>сертификат не подходит для этого IP-адреса</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="213" />
            <source>timed out after {seconds} waiting for {place} through the proxy {proxy}</source>
            <translation>истекло время ожидания ({seconds}) ответа {place} через прокси {proxy}</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="223" />
            <source>the proxy {proxy} closed the connection without an answer (a login it refused, or a target out of its reach)</source>
            <translation>прокси {proxy} закрыл соединение без ответа (отклонил вход или не достиг узла)</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="230" />
            <source>cannot reach the proxy {proxy}: {why}</source>
            <translation>не удаётся связаться с прокси {proxy}: {why}</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="243" />
            <source>timed out after {seconds} connecting to {place}</source>
            <translation>истекло время ожидания ({seconds}) при подключении к {place}</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="245" />
            <source>timed out after {seconds} waiting for {place}</source>
            <translation>истекло время ожидания ({seconds}) ответа от {place}</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="247" />
            <source>the address is not a usable http:// or https:// URL</source>
            <translation>адрес не является пригодным адресом http:// или https://</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="249" />
            <source>the certificate was rejected</source>
            <translation>сертификат отклонён</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="251" />
            <source> — {how}</source>
            <translation> — {how}</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="252" />
            <source>TLS certificate problem with {place}: {why}{detail}{fix}</source>
            <translation>Проблема с TLS-сертификатом {place}: {why}{detail}{fix}</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="257" />
            <source> — is it an http:// server?</source>
            <translation> — может быть, это сервер http://?</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="258" />
            <source>TLS handshake with {place} failed: {reason}{hint}</source>
            <translation>TLS-рукопожатие с {place} не удалось: {reason}{hint}</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="260" />
            <source>DNS lookup failed: cannot resolve host name {hostname} ({strerror})</source>
            <translation>ошибка DNS: не удаётся найти хост {hostname} ({strerror})</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="266" />
            <source>connection refused by {place}: nothing is listening there</source>
            <translation>{place} отклонил соединение: там ничего не слушает</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="268" />
            <source>connection reset by {place}</source>
            <translation>{place} сбросил соединение</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="270" />
            <source>{place} closed the connection without a proper HTTP answer</source>
            <translation>{place} закрыл соединение, не дав корректного HTTP-ответа</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="272" />
            <source>too many redirects from {place}</source>
            <translation>слишком много перенаправлений от {place}</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="274" />
            <source>cannot reach {place}: {strerror}</source>
            <translation>{place} недоступен: {strerror}</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="276" />
            <source>cannot connect to {place}</source>
            <translation>не удаётся подключиться к {place}</translation>
        </message>
        <message>
            <location filename="../../transport/http.py" line="277" />
            <source>the request to {place} failed ({name})</source>
            <translation>запрос к {place} не удался ({name})</translation>
        </message>
        <message>
            <location filename="../../transport/keylog.py" line="34" />
            <source>TLS session keys are written to {path} (SSLKEYLOGFILE is set): whoever can read that file can decrypt this app's TLS traffic, the secrets it sends included{exposed}</source>
            <translation>Ключи TLS-сеансов записываются в {path} (задана SSLKEYLOGFILE): любой, кто может прочитать этот файл, расшифрует TLS-трафик приложения, включая отправляемые секреты{exposed}</translation>
        </message>
        <message>
            <location filename="../../transport/keylog.py" line="37" />
            <source> — and other users can read it: chmod 600 {path}</source>
            <translation> — и его могут читать другие пользователи: chmod 600 {path}</translation>
        </message>
        <message>
            <location filename="../../transport/mail.py" line="28" />
            <source>authentication failed — Gmail and others need an app password</source>
            <translation>ошибка аутентификации — для Gmail и других сервисов нужен пароль приложения</translation>
        </message>
        <message>
            <location filename="../../transport/mail.py" line="29" />
            <source>the server refused the user name or password</source>
            <translation>сервер отклонил имя пользователя или пароль</translation>
        </message>
        <message>
            <location filename="../../transport/mail.py" line="46" />
            <source>implicit TLS</source>
            <translation>неявный TLS</translation>
        </message>
        <message>
            <location filename="../../transport/mail.py" line="158" />
            <source>this SMTP pool is closed</source>
            <translation>этот пул SMTP закрыт</translation>
        </message>
        <message>
            <location filename="../../transport/mail.py" line="175" />
            <source>{address} took the message for the others but refused</source>
            <translation>{address} принял письмо для остальных, но отклонил</translation>
        </message>
        <message>
            <location filename="../../transport/notification.py" line="15" />
            <source>Test notification from PingTower Desktop for channel “{name}”.</source>
            <translation>Тестовое уведомление от PingTower Desktop для канала «{name}».</translation>
        </message>
        <message>
            <location filename="../../transport/notification.py" line="32" />
            <source>PingTower Desktop</source>
            <translation>PingTower Desktop</translation>
        </message>
        <message>
            <location filename="../../transport/notification.py" line="51" />
            <source>PingTower test: {channel_name}</source>
            <translation>Тест PingTower: {channel_name}</translation>
        </message>
        <message>
            <location filename="../../transport/probe.py" line="48" />
            <source>{where} accepted a TLS connection with a valid certificate</source>
            <translation>{where} принял TLS-соединение с действительным сертификатом</translation>
        </message>
        <message>
            <location filename="../../transport/probe.py" line="49" />
            <source>{where} accepted a connection</source>
            <translation>{where} принял соединение</translation>
        </message>
        <message>
            <location filename="../../transport/proxy.py" line="57" />
            <source>the proxy's port is not a number from 1 to 65535</source>
            <translation>порт прокси — не число от 1 до 65535</translation>
        </message>
        <message>
            <location filename="../../transport/proxy.py" line="60" />
            <source>a proxy is http://, https://, socks5:// or socks5h://, not {kind}://</source>
            <translation>прокси задаётся как http://, https://, socks5:// или socks5h://, а не {kind}://</translation>
        </message>
        <message>
            <location filename="../../transport/proxy.py" line="62" />
            <source>the proxy's address names no host</source>
            <translation>в адресе прокси не указан хост</translation>
        </message>
        <message>
            <location filename="../../transport/proxy.py" line="64" />
            <source>a proxy address is a host and a port, with no path</source>
            <translation>адрес прокси — это хост и порт, без пути</translation>
        </message>
        <message>
            <location filename="../../transport/proxy.py" line="153" />
            <source>{variable}: {error}</source>
            <translation>{variable}: {error}</translation>
        </message>
        <message>
            <location filename="../../transport/proxy.py" line="210" />
            <source>the manual proxy names no address</source>
            <translation>у прокси, заданного вручную, нет адреса</translation>
        </message>
        <message>
            <location filename="../../transport/proxy.py" line="245" />
            <source>via proxy {where}</source>
            <translation>через прокси {where}</translation>
        </message>
        <message>
            <location filename="../../transport/proxy.py" line="245" />
            <source>direct</source>
            <translation>напрямую</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="75" />
            <source>connecting to</source>
            <translation>при подключении к</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="76" />
            <source>in the TLS handshake with</source>
            <translation>во время TLS-рукопожатия с</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="77" />
            <source>waiting for the greeting from</source>
            <translation>в ожидании приветствия от</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="78" />
            <source>talking to</source>
            <translation>при обмене с</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="79" />
            <source>logging in to</source>
            <translation>при входе на</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="80" />
            <source>sending to</source>
            <translation>при отправке на</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="173" />
            <source>mail cannot go through an https:// proxy: use its http:// or socks5:// address</source>
            <translation>почта не может идти через прокси https://: укажите его адрес http:// или socks5://</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="196" />
            <source>STARTTLS is on, but {address} does not offer it; nothing was sent unencrypted</source>
            <translation>STARTTLS включён, но {address} его не поддерживает; ничего не отправлено без шифрования</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="241" />
            <source>{address} offers no login method this app speaks ({value})</source>
            <translation>{address} не предлагает ни одного способа входа, известного приложению ({value})</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="258" />
            <source>{address} allows login only after STARTTLS: turn STARTTLS on</source>
            <translation>{address} разрешает вход только после STARTTLS: включите STARTTLS</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="259" />
            <source>{address} does not offer login (AUTH): leave user name and password empty for a relay</source>
            <translation>{address} не поддерживает вход (AUTH): для ретранслятора оставьте имя пользователя и пароль пустыми</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="275" />
            <source> — port 465 usually needs implicit TLS</source>
            <translation> — порту 465 обычно нужен неявный TLS</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="277" />
            <source>timed out after {timeout} s {stage} {where}{hint}</source>
            <translation>истекло время ожидания ({timeout} с) {stage} {where}{hint}</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="287" />
            <source>TLS failure: the certificate of {where} is not trusted — {verify_message}; {TRUST_FIX}</source>
            <translation>Ошибка TLS: сертификату {where} нет доверия — {verify_message}; {TRUST_FIX}</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="297" />
            <source> — does this port speak implicit TLS? (465 does; 587 uses STARTTLS)</source>
            <translation> — использует ли этот порт неявный TLS? (465 — да; 587 использует STARTTLS)</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="299" />
            <source>TLS failure with {where}: {value}{hint}</source>
            <translation>ошибка TLS с {where}: {value}{hint}</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="305" />
            <source>{verdict} ({reply})</source>
            <translation>{verdict} ({reply})</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="306" />
            <source>{where} refused the login: {reply}</source>
            <translation>{where} отклонил вход: {reply}</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="309" />
            <source>{where} refused every recipient</source>
            <translation>{where} отклонил всех получателей</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="313" />
            <source>{where} refused the sender {sender}: {reply}</source>
            <translation>{where} отклонил отправителя {sender}: {reply}</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="318" />
            <source>{where} answered {reply}</source>
            <translation>{where} ответил {reply}</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="320" />
            <source>{where} closed the connection unexpectedly</source>
            <translation>{where} неожиданно закрыл соединение</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="323" />
            <source>connection refused by {where} — is the SMTP server running and the port right?</source>
            <translation>{where} отклонил соединение — запущен ли SMTP-сервер и верен ли порт?</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="326" />
            <source>cannot find the SMTP server '{host}' (name lookup failed)</source>
            <translation>не удаётся найти SMTP-сервер «{host}» (ошибка поиска имени)</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="329" />
            <source>network error {stage} {where}: {value}</source>
            <translation>сетевая ошибка {stage} {where}: {value}</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="332" />
            <source>SMTP error {stage} {where}: {error}</source>
            <translation>ошибка SMTP {stage} {where}: {error}</translation>
        </message>
        <message>
            <location filename="../../transport/smtp.py" line="346" />
            <source>{verdict}: {listed}</source>
            <translation>{verdict}: {listed}</translation>
        </message>
        <message>
            <location filename="../../transport/trust.py" line="23" />
            <source>if it comes from your organisation's own certificate authority, set the CA certificate file in its settings, or point SSL_CERT_FILE at a certificate bundle that includes that CA</source>
            <translation>если он выдан собственным удостоверяющим центром вашей организации, укажите файл сертификата УЦ в настройках или направьте SSL_CERT_FILE на набор сертификатов, включающий этот УЦ</translation>
        </message>
        <message>
            <location filename="../../transport/trust.py" line="76" />
            <source>the CA certificate file {path} holds no usable PEM certificate ({reason})</source>
            <translation>в файле сертификата УЦ {path} нет пригодного сертификата PEM ({reason})</translation>
        </message>
        <message>
            <location filename="../../transport/trust.py" line="91" />
            <source>the CA certificate file {path} is not a file</source>
            <translation>файл сертификата УЦ {path} не является файлом</translation>
        </message>
        <message>
            <location filename="../../transport/trust.py" line="94" />
            <source>the CA certificate file {path} cannot be read ({strerror})</source>
            <translation>файл сертификата УЦ {path} не читается ({strerror})</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="21" />
            <source>the proxy failed</source>
            <translation>сбой прокси</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="22" />
            <source>the proxy's rules do not allow the connection</source>
            <translation>правила прокси не разрешают это соединение</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="23" />
            <source>the proxy cannot reach the network</source>
            <translation>прокси не может достичь сети</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="24" />
            <source>the proxy cannot reach the host</source>
            <translation>прокси не может достичь хоста</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="25" />
            <source>the target refused the proxy's connection</source>
            <translation>узел отклонил соединение от прокси</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="26" />
            <source>the proxy's connection timed out</source>
            <translation>время соединения прокси истекло</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="71" />
            <source>the proxy {proxy} did not answer in time</source>
            <translation>прокси {proxy} не ответил вовремя</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="85" />
            <source>the proxy {proxy} refused the login ({why})</source>
            <translation>прокси {proxy} отклонил вход ({why})</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="87" />
            <source>the proxy {proxy} could not connect to {target}: {why}</source>
            <translation>прокси {proxy} не смог подключиться к {target}: {why}</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="94" />
            <source>the proxy {proxy} does not allow a connection to {target} ({why})</source>
            <translation>прокси {proxy} не разрешает соединение с {target} ({why})</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="98" />
            <source>the proxy {proxy} could not connect to {target} ({why})</source>
            <translation>прокси {proxy} не смог подключиться к {target} ({why})</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="99" />
            <source>{proxy} did not answer as a proxy ({why})</source>
            <translation>{proxy} ответил не как прокси ({why})</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="109" />
            <source>no address found for {host}</source>
            <translation>не найден адрес для {host}</translation>
        </message>
        <message>
            <location filename="../../transport/tunnel.py" line="168" />
            <source>{proxy} did not answer as a proxy (no answer to CONNECT)</source>
            <translation>{proxy} ответил не как прокси (нет ответа на CONNECT)</translation>
        </message>
        <message>
            <location filename="../../watch/engine.py" line="33" />
            <source>PingTower Desktop canary: a scheduled test of “{name}” to show the notification path still works. Nothing is wrong.</source>
            <translation>Контрольная отправка PingTower Desktop: плановая проверка «{name}», чтобы убедиться, что путь уведомлений работает. Всё в порядке.</translation>
        </message>
        <message>
            <location filename="../../watch/engine.py" line="51" />
            <source>PingTower Desktop: channel '{name}' is failing since {when}: {why}</source>
            <translation>PingTower Desktop: канал «{name}» не работает с {when}: {why}</translation>
        </message>
        <message>
            <location filename="../../watch/engine.py" line="57" />
            <source>PingTower Desktop: channel '{name}' works again (since {when})</source>
            <translation>PingTower Desktop: канал «{name}» снова работает (с {when})</translation>
        </message>
        <message>
            <location filename="../../watch/engine.py" line="245" />
            <source>the alert channel is gone: set another one</source>
            <translation>канала для оповещений больше нет: выберите другой</translation>
        </message>
        <message>
            <location filename="../../watch/engine.py" line="251" />
            <source>the alert about '{name}' could not go through '{alert}': {why}</source>
            <translation>оповещение о «{name}» не удалось отправить через «{alert}»: {why}</translation>
        </message>
        <message>
            <location filename="../../watch/schedule.py" line="24" />
            <source>'{text}' is not a duration such as 15m, 1h or 1d</source>
            <translation>«{text}» — не промежуток вида 15m, 1h или 1d</translation>
        </message>
        <message>
            <location filename="../../watch/schedule.py" line="27" />
            <source>a check at most every minute (1m or more)</source>
            <translation>проверка не чаще раза в минуту (1m или больше)</translation>
        </message>
        <message>
            <location filename="../../watch/schedule.py" line="51" />
            <source>'{text}' is not a time such as {weekly} or {daily}</source>
            <translation>«{text}» — не время вида {weekly} или {daily}</translation>
        </message>
        <message>
            <location filename="../../watch/schedule.py" line="60" />
            <source>'{text}' is not a time of day</source>
            <translation>«{text}» — не время суток</translation>
        </message>
        <message>
            <location filename="../../watch/settings.py" line="115" />
            <source>{option} must be 1 or more</source>
            <translation>{option} должно быть 1 или больше</translation>
        </message>
        <message>
            <location filename="../../watch/settings.py" line="155" />
            <source>must be 1 or more</source>
            <translation>должно быть 1 или больше</translation>
        </message>
        <message>
            <location filename="../../wire_flags.py" line="19" />
            <source>must be true or false</source>
            <translation>должно быть true или false</translation>
        </message>
    </context>
</TS>
