-- Run once by the postgres image on an empty data volume (docker-compose.yml): one database per service.
CREATE DATABASE hlc_participants;
CREATE DATABASE hlc_learning;
CREATE DATABASE hlc_webinar;
CREATE DATABASE hlc_award;
